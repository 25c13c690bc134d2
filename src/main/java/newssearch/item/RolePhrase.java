package newssearch.item;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the role or affiliation written next to a name, in the site's three forms:
 * <pre>
 * said John McGregor, Head of the OSCE Centre in Ashgabat.          (after the name, behind a comma)
 * Deputy Minister of Internal Affairs of Turkmenistan Jane Doe       (before the name)
 * the OSCE Chairman-in-Office, Alexander Stubb, Foreign Minister ... (before the name, behind a comma)
 * </pre>
 * A role is a run of capitalised words and the small words that join them ("of the", "on", "to"), holding at
 * least one role word (Head, Minister, Co-ordinator); or, after "a"/"an", a lower-case role word, perhaps behind
 * a modifier or two, and what follows it up to the next comma ("a columnist of the weekly Vreme", "a youth
 * worker from Comrat").
 */
final class RolePhrase {

    /** Small words inside a role or an office's name: "Representative on Freedom of the Media". */
    static final Set<String> JOINERS = Set.of("of", "the", "for", "on", "in", "to", "at", "de", "du", "la", "and");
    private static final Set<String> ARTICLES = Set.of("the", "The", "a", "A", "an", "An");
    private static final int MAX_LOWER_CASE_ROLE = 12;
    private static final int MAX_MODIFIERS = 2;

    /** Token range [start, end) of a role; its text is the paragraph's text between them. */
    record Span(int start, int end) {

        String text(List<Token> tokens, String paragraph) {
            return paragraph.substring(tokens.get(start).start(), tokens.get(end - 1).end());
        }
    }

    private final List<Token> tokens;
    private final PersonNames names;

    RolePhrase(List<Token> tokens, PersonNames names) {
        this.tokens = tokens;
        this.names = names;
    }

    /** The role that starts at token {@code from} (an article before it is skipped), if one does. */
    Optional<Span> forward(int from) {
        int start = from;
        if (start < tokens.size() && ARTICLES.contains(tokens.get(start).text())) {
            start++;
        }
        if (start >= tokens.size() || !tokens.get(start).isWord()) {
            return Optional.empty();
        }
        Token first = tokens.get(start);
        if (first.isLowerCase()) {
            return Vocabulary.isRoleWord(first.text()) || start > from && roleWordFollows(start)
                    ? lowerCaseRole(start) : Optional.empty();
        }
        int last = -1;
        for (int i = start; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isWord() && token.isCapitalised()) {
                int name = names.nameInRun(i);
                if (name > i || name == start) {
                    // "Minister of Foreign Affairs Tamar Beruchashvili": the words are the next person's role
                    return Optional.empty();
                }
                if (name == i) {
                    break;
                }
                last = i;
            } else if (token.text().equals(",") && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised()
                    && names.nameInRun(i + 1) < 0 && !tokens.get(i + 1).isAllCapitals() || isJoiner(token)) {
                // "Committee on Democracy, Human Rights and Humanitarian Questions": a comma inside a body's name
                continue;
            } else {
                break;
            }
        }
        return last < 0 ? Optional.empty() : role(start, last + 1);
    }

    /** The role that ends at token {@code last} (inclusive), read backwards, if one does. */
    Optional<Span> backward(int last) {
        int first = -1;
        for (int i = last; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.isWord() && token.isCapitalised()) {
                if (endsRunWithName(i)) {
                    // "President Giorgi Margvelashvili, Minister of ...": a name ends the role before it
                    break;
                }
                first = i;
            } else if (token.text().equals("and")) {
                // "Tamar Beruchashvili and Parliament Chairperson David Usupashvili", "the Swedish Chairpersonship
                // and the Representative on Freedom of the Media, Teresa Ribeiro": the role starts after "and";
                // "Minister for Foreign and European Affairs": words of a post on both sides, it goes on
                if (i == 0 || !names.isRoleOrBodyWord(tokens.get(i - 1)) && !isCapitalisedEnglishWord(tokens.get(i - 1))
                        || tokens.get(i + 1).is("the")) {
                    break;
                }
            } else if (!isJoiner(token)) {
                break;
            }
        }
        while (first >= 0 && first <= last && (ARTICLES.contains(tokens.get(first).text())
                || Vocabulary.isHonorific(tokens.get(first).text()))) {
            first++;
        }
        return first < 0 || first > last ? Optional.empty() : role(first, last + 1);
    }

    /** Whether token {@code i} ends a run of capitalised words that holds a name. */
    private boolean endsRunWithName(int i) {
        int runStart = i;
        while (runStart > 0 && tokens.get(runStart - 1).isWord() && tokens.get(runStart - 1).isCapitalised()) {
            runStart--;
        }
        return names.runEnd(runStart) == i + 1 && names.nameInRun(runStart) >= 0;
    }

    /** "a former judge", "a cyber security officer": after an article, a role word behind a few modifiers. */
    private boolean roleWordFollows(int start) {
        for (int i = start + 1; i < tokens.size() && i <= start + MAX_MODIFIERS; i++) {
            Token token = tokens.get(i);
            if (!token.isWord() || !token.isLowerCase() || JOINERS.contains(token.text())) {
                return false;
            }
            if (Vocabulary.isRoleWord(token.text())) {
                return true;
            }
        }
        return false;
    }

    private Optional<Span> lowerCaseRole(int start) {
        int end = start;
        while (end < tokens.size() && end - start < MAX_LOWER_CASE_ROLE && !endsClause(tokens.get(end))) {
            end++;
        }
        return role(start, end);
    }

    private Optional<Span> role(int start, int end) {
        while (end > start && (!tokens.get(end - 1).isWord() || JOINERS.contains(tokens.get(end - 1).text()))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            if (Vocabulary.isRoleWord(tokens.get(i).text())) {
                return Optional.of(new Span(start, end));
            }
        }
        return Optional.empty();
    }

    private static boolean isCapitalisedEnglishWord(Token token) {
        return token.isWord() && token.isCapitalised() && Vocabulary.isEnglishWord(token.text());
    }

    private static boolean isJoiner(Token token) {
        return JOINERS.contains(token.text()) || token.text().equals("’s") || token.text().equals("'s");
    }

    private static boolean endsClause(Token token) {
        return !token.isWord() && !token.is("-") && !token.is("’s") && !token.is("'s");
    }
}
