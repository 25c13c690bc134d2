package newssearch.item.people;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import newssearch.item.gazetteer.CountryGazetteer;
import newssearch.item.text.Resources;
import newssearch.item.text.Token;
import newssearch.item.text.Tokenizer;
import newssearch.item.text.WordSets;

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
 * worker from Comrat"), or any noun of a person or one followed by "from" ("a seamstress from Chorkuh"). A
 * body's name inside a role may end in lower case ("Head of the OSCE PA delegation").
 */
public final class RolePhrase {

    /** Small words inside a role or an office's name: "Representative on Freedom of the Media". */
    public static final Set<String> JOINERS = WordSets.of("of", "the", "for", "on", "in", "to", "at", "de", "du", "la", "and",
            "its");
    /**
     * "Chair of the Delegation for Relations with Bosnia and Herzegovina": read forwards from a role word, "with"
     * joins too; read backwards it would run into the sentence ("met in Tbilisi with the Prime Minister").
     */
    private static final Set<String> FORWARD_JOINERS = WordSets.of("with");
    /** Joiners after which a place's name may stand inside a role: "Mayor of Bosanska Krupa". */
    private static final Set<String> BEFORE_PLACE = WordSets.of("of", "in");
    private static final int MAX_ROLE_TAIL = 5;
    private static final int MAX_ORIGIN_WORDS = 3;
    private static final Set<String> ARTICLES = WordSets.of("the", "The", "a", "A", "an", "An");
    /**
     * Words of time that date a role: "former Vice-President", "a former judge", "acting Head of Mission", "a
     * retired police commander".
     */
    private static final Set<String> QUALIFIERS = WordSets.of("former", "acting", "outgoing", "interim", "retired");
    private static final int MAX_LOWER_CASE_ROLE = 16;
    /** "the primary school’s head teacher": the words of the owner before a possessive, after the article. */
    private static final int MAX_OWNER_WORDS = 3;
    private static final int MAX_MODIFIERS = 2;
    /** Lower-case nouns that end a body's name after its capitalised words: "the OSCE PA delegation". */
    private static final Set<String> OFFICE_NOUNS = WordSets.copyOf(Resources.lines("office-nouns.txt"));
    /** "the Mangystau regional administration", "the OSCE short-term observers": at most this many words. */
    private static final int MAX_OFFICE_TAIL = 3;
    /** "Kazakh environmental journalist": lower-case words between an origin and a role word. */
    private static final int MAX_ORIGIN_MODIFIERS = 2;
    /** "a returnee and volunteer with ...", "a 67-year-old pensioner from ...": words up to the person noun. */
    private static final int MAX_DESCRIPTION_HEAD = 4;
    /**
     * Words that cannot stand before a role word as its modifiers: "Tbilisi met journalist ...", "with a
     * journalist", "her lawyer".
     */
    private static final Set<String> NOT_MODIFIERS = WordSets.of("and", "or", "with", "by", "as", "said", "says",
            "met", "told", "including", "among", "like", "than", "that", "who", "whom", "which", "when", "where",
            "a", "an", "his", "her", "their", "our", "my", "your", "this", "these", "those", "every", "each",
            "also", "then", "now", "is", "was", "are", "were", "be", "been", "has", "have", "had", "not", "all",
            "both", "from", "after", "before", "while", "whose", "if", "but", "so", "say", "thanked", "meet",
            "tells", "via", "per", "about", "over", "into", "under", "between", "against", "through");
    /** "many local teachers", "other students": words of number before a plain role, which they do not qualify. */
    private static final Set<String> QUANTIFIERS = WordSets.of("many", "several", "some", "other", "few", "more",
            "most", "such", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    /** Words that open a sentence before a role without qualifying it: "Despite journalist Jane Doe's ...". */
    private static final Set<String> SENTENCE_OPENERS = WordSets.of("despite", "unlike", "without", "besides", "since",
            "until", "upon", "beyond", "within", "towards", "toward", "amid", "today", "yesterday", "here", "there",
            "yet", "still", "meanwhile", "thus", "however", "later", "earlier", "afterwards", "next", "last", "once");
    /** Words after which an article brings in a further person and the role before the name: "and by a ...". */
    private static final Set<String> BEFORE_DESCRIPTION = WordSets.of("and", "by", "with", "including");
    /** "a sound engineer for a Sarn radio station": prepositions that bring in what a role serves. */
    private static final Set<String> DESCRIPTION_PREPOSITIONS = WordSets.of("for", "at", "with", "in", "of", "from");
    /** "a camera operator for ...", "a programmer at ...": the prepositions after an agent noun. */
    private static final Set<String> AGENT_PREPOSITIONS = WordSets.of("for", "at", "with");
    /**
     * Particles inside a town's name ("Sarn lui Vel", "Sarn i Ri", "Sarn nad Vel"), but not "an", which is the
     * article before a capitalised word more often than a particle.
     */
    private static final Set<String> PLACE_PARTICLES = WordSets.copyOf(CountryGazetteer.TOWN_PARTICLES.stream()
            .filter(particle -> !particle.equals("an")).toList());
    /** "Sarn i Ri/Novi Sarn": the parts of a place's name inside a role after its first run. */
    private static final int MAX_PLACE_PARTS = 3;
    /** "senior border police officer": lower-case modifiers before a role word without an origin before them. */
    private static final int MAX_PLAIN_MODIFIERS = 3;
    /**
     * Relative pronouns: "a biology teacher from Vardenis who co-ordinated the volunteers" is the role up to
     * "who", the clause after it tells what the person did; a clause that names a body tells where the person
     * serves and stays in the role ("a member of the Austrian Federal Council who headed the OSCE PA delegation").
     */
    private static final Set<String> RELATIVES = WordSets.of("who", "whom", "whose", "which");

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
        return forward(start, start > from);
    }

    /** The role that starts at token {@code start}, after an article or a word of time when {@code described}. */
    private Optional<Span> forward(int start, boolean described) {
        if (start >= tokens.size() || !tokens.get(start).isWord()) {
            return Optional.empty();
        }
        Token first = tokens.get(start);
        if (isQualifier(first.text()) && start + 1 < tokens.size()) {
            // "a former Croatian judge", "former Head of the OSCE Mission": a word of time is part of the role
            return forward(start + 1, true).map(span -> new Span(start, span.end()));
        }
        if (first.isLowerCase() || Character.isDigit(first.text().charAt(0))) {
            if (Vocabulary.isRoleWord(first.text()) || described && roleWordFollows(start)) {
                return lowerCaseRole(start);
            }
            // "Mavjuda Saidova, a seamstress from Chorkuh,": after "a", a person described in lower case
            return described && describesPerson(start) ? clause(start) : Optional.empty();
        }
        if (described && originBeforeRole(start)) {
            // "a Bosnian economist and researcher at ...", "a Kosovo Serb journalist with ...": origin, then role
            return lowerCaseRole(start);
        }
        int last = -1;
        for (int i = start; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isWord() && token.isCapitalised()) {
                int name = names.nameInRun(i);
                boolean afterPlaceJoiner = i > start && BEFORE_PLACE.contains(tokens.get(i - 1).text());
                if (afterPlaceJoiner && (name == i || placeInRoleEnd(i) > names.runEnd(i))) {
                    // "Mayor of Bosanska Krupa", "University of Novi Sad", "Mayor of Sarn lui Vel": a place's name
                    // inside the role
                    i = placeInRoleEnd(i) - 1;
                    last = i;
                    continue;
                }
                if (name > i || name == start) {
                    // "Minister of Foreign Affairs Tamar Beruchashvili": the words are the next person's role
                    return Optional.empty();
                }
                if (name == i) {
                    break;
                }
                last = i;
            } else if (token.text().equals(",") && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised()
                    && names.nameInRun(i + 1) < 0 && !tokens.get(i + 1).isAllCapitals() || isJoiner(token)
                    || isInsideWord(i) && !token.is("/")
                    || FORWARD_JOINERS.contains(token.text()) && last >= 0) {
                // "Committee on Democracy, Human Rights and Humanitarian Questions": a comma inside a body's name;
                // "Independent Journalists’ Association of Serbia": a plural possessive
                continue;
            } else {
                if (last >= 0 && isJoiner(tokens.get(i - 1)) && token.isWord() && token.isLowerCase()) {
                    // "Director of the Office for Communities and Returns in the municipality,", "Special
                    // Co-ordinator and leader of the short-term OSCE observer mission": the role goes on in
                    // lower case to the end of the apposition
                    // "the Network’s co-ordinator and a police inspector in Podgorica": a role word after a
                    // body's possessive leads the tail too
                    boolean led = tokens.get(i - 1).is("and") || tokens.get(i - 1).is("’s")
                            || tokens.get(i - 1).is("'s");
                    int end = tailEnd(i, led && Vocabulary.isRoleWord(token.text()));
                    if (end > i) {
                        return role(start, end);
                    }
                }
                int office = last == i - 1 && token.isWord() && token.isLowerCase() ? officeTailEnd(i) : i;
                if (office > i) {
                    // "Chair of the Osh regional branch of the Assembly of ...": the body's name ends in lower
                    // case, and the role may go on after it
                    last = office - 1;
                    i = last;
                    continue;
                }
                break;
            }
        }
        return last < 0 ? Optional.empty() : role(start, last + 1);
    }

    /**
     * The end of the place's name that starts at {@code i} inside a role: its run of capitalised words, going on
     * after a particle of a town's name ("Mayor of Sarn lui Vel", "Sarn i Ri") or after a
     * slash to the name in the other language ("Sarn i Ri/Novi Sarn").
     */
    private int placeInRoleEnd(int i) {
        int end = names.runEnd(i);
        for (int part = 0; part < MAX_PLACE_PARTS && end + 1 < tokens.size(); part++) {
            Token joint = tokens.get(end);
            Token next = tokens.get(end + 1);
            boolean particle = PLACE_PARTICLES.contains(joint.text());
            boolean slash = joint.is("/") && tokens.get(end - 1).end() == joint.start();
            if (!(particle || slash) || !next.isWord() || !next.isCapitalised() || next.isAllCapitals()) {
                break;
            }
            end = names.runEnd(end + 1);
        }
        return end;
    }

    /**
     * The body a person belongs to, named after "of the" ({@code from} is the first word after "the") and closing
     * the clause: "Colonel Firdavs Rahimov of the Main Directorate of Border Troops of Tajikistan." A run of
     * capitalised words and joiners that holds a word of bodies and is no place's name ("of the Russian
     * Federation" gives an origin, not an affiliation).
     */
    Optional<Span> affiliation(int from) {
        if (from >= tokens.size() || !tokens.get(from).isWord() || !tokens.get(from).isCapitalised()
                || names.placeEnd(from) > from) {
            return Optional.empty();
        }
        int last = -1;
        boolean body = false;
        int i = from;
        for (; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isWord() && token.isCapitalised()) {
                if (i > from && names.nameInRun(i) == i && !BEFORE_PLACE.contains(tokens.get(i - 1).text())) {
                    return Optional.empty();
                }
                body |= names.isRoleOrBodyWord(token) && !names.isPlace(token);
                last = i;
            } else if (!isJoiner(token)) {
                break;
            }
        }
        boolean closes = i == tokens.size() || last == i - 1 && endsClause(tokens.get(i)) && !tokens.get(i).is("-");
        return body && closes ? Optional.of(new Span(from, last + 1)) : Optional.empty();
    }

    /**
     * The end of a lower-case tail from {@code i} to the comma or full stop that closes the apposition, or
     * {@code i} when none closes it within a few words; a tail led by a role word ("and leader of ...") may run
     * as long as a lower-case role.
     */
    private int tailEnd(int i, boolean roleLed) {
        int reach = roleLed ? MAX_LOWER_CASE_ROLE : MAX_ROLE_TAIL;
        for (int end = i; end < tokens.size() && end - i <= reach; end++) {
            Token token = tokens.get(end);
            if (token.is(",") || token.is(".") || token.is(";")) {
                return end;
            }
            if (endsClause(token) && !isInsideWord(end)) {
                return i;
            }
        }
        return roleLed ? Math.min(tokens.size(), i + reach) : i;
    }

    /**
     * The end of the lower-case words from {@code i} that close a body's name after its capitalised words
     * ("PA delegation", "Mangystau regional administration", "short-term observers"), or {@code i} when they do
     * not: the last of them is a noun of a body, an area or a post, and no further lower-case word follows.
     */
    private int officeTailEnd(int i) {
        int end = i;
        while (end < tokens.size() && end - i < MAX_OFFICE_TAIL && tokens.get(end).isWord()
                && tokens.get(end).isLowerCase() && !isJoiner(tokens.get(end))) {
            end++;
        }
        boolean closed = end == tokens.size() || !tokens.get(end).isWord() || isJoiner(tokens.get(end));
        return closed && end > i && isOfficeNoun(tokens.get(end - 1).text()) ? end : i;
    }

    private static boolean isOfficeNoun(String word) {
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return OFFICE_NOUNS.contains(word) || OFFICE_NOUNS.contains(singular) || AreaPhrases.isAreaNoun(word)
                || AreaPhrases.isAreaNoun(singular) || Vocabulary.isRoleWord(word) || Vocabulary.isRoleWord(singular);
    }

    /**
     * Whether the lower-case words from {@code start}, after "a" or "an", describe a person: they reach a noun of
     * a person ("a returnee and volunteer", "a 67-year-old pensioner"), or a noun followed by "from" ("a cadet
     * from the village of Lučane").
     */
    private boolean describesPerson(int start) {
        for (int i = start; i < tokens.size() && i - start < MAX_DESCRIPTION_HEAD; i++) {
            Token token = tokens.get(i);
            boolean modifier = token.isWord() && (token.isLowerCase() || Character.isDigit(token.text().charAt(0)));
            if (!modifier || JOINERS.contains(token.text()) && !token.is("and")) {
                return false;
            }
            if (Vocabulary.isPersonNoun(token.text()) || isFromAPlace(i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** "cadet from the village of Lučane", but not "letter from Marta Dobreva": "from" not before a name. */
    private boolean isFromAPlace(int from) {
        return from + 1 < tokens.size() && tokens.get(from).is("from") && names.nameInRun(from + 1) < 0;
    }

    /**
     * The words from {@code start} to the end of the clause (a comma, a full stop), as a role without a role
     * word: "seamstress from Chorkuh", "chairs the youth action council in Zveçan/Zvečan".
     */
    Optional<Span> clause(int start) {
        int end = start;
        while (end < tokens.size() && end - start < MAX_LOWER_CASE_ROLE && !endsRole(end)) {
            end++;
        }
        while (end > start && (!tokens.get(end - 1).isWord() || JOINERS.contains(tokens.get(end - 1).text()))) {
            end--;
        }
        return end > start ? Optional.of(new Span(start, end)) : Optional.empty();
    }

    /** "Bosnian economist", "Kosovo Serb journalist": capitalised words of origin before a lower-case role. */
    private boolean originBeforeRole(int start) {
        int i = start;
        while (i < tokens.size() && i - start < MAX_ORIGIN_WORDS && tokens.get(i).isWord()
                && tokens.get(i).isCapitalised() && !tokens.get(i).isAllCapitals()
                && !Vocabulary.isRoleWord(tokens.get(i).text())) {
            i++;
        }
        return i > start && i < tokens.size() && tokens.get(i).isWord() && tokens.get(i).isLowerCase()
                && !JOINERS.contains(tokens.get(i).text())
                && (Vocabulary.isRoleWord(tokens.get(i).text()) || roleWordFollows(i));
    }

    /** The role that ends at token {@code last} (inclusive), read backwards, if one does. */
    Optional<Span> backward(int last) {
        int from = last;
        if (tokens.get(last).isWord() && tokens.get(last).isLowerCase() && !isJoiner(tokens.get(last))) {
            // "the Deputy Governor of the Lori region, Jane Doe": a body's or an area's name ends in lower case
            from = officeTailStart(last);
            if (from < 0) {
                return Optional.empty();
            }
        }
        int first = -1;
        for (int i = from; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.isWord() && token.isCapitalised()) {
                if (endsRunWithName(i)) {
                    // "President Giorgi Margvelashvili, Minister of ...": a name ends the role before it
                    break;
                }
                first = i;
            } else if (token.is(",") && first > 0 && i > 0 && crossesComma(i, first, last)) {
                // "Minister of Education, Science, Culture and Sport": the words after the comma hold no role
                // word, so they end the role that started before it
                continue;
            } else if (token.is("/") && isInsideWord(i)) {
                // "Head of the Cyber/ICT Security Unit, Jane Doe": a slash inside a body's name
                continue;
            } else if (token.text().equals("and")) {
                // "Tamar Beruchashvili and Parliament Chairperson David Usupashvili", "the Swedish Chairpersonship
                // and the Representative on Freedom of the Media, Teresa Ribeiro": the role starts after "and";
                // "Minister for Foreign and European Affairs": words of a post on both sides, it goes on
                if (i == 0 || !names.isRoleOrBodyWord(tokens.get(i - 1)) && !isCapitalisedEnglishWord(tokens.get(i - 1))
                        && !isCapitalisedRoleTail(i - 1) || tokens.get(i + 1).is("the")) {
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

    /**
     * The last capitalised word before the lower-case words that end a body's or an area's name at {@code last}
     * ("Lori region", "OSCE PA delegation"), or -1 when they do not end one or end in a post's word.
     */
    private int officeTailStart(int last) {
        String noun = tokens.get(last).text();
        if (!isOfficeNoun(noun) || Vocabulary.isRoleWord(noun)) {
            // "One trainer, Jane Doe": a post in lower case is read by lowerCaseBackward
            return -1;
        }
        int i = last;
        while (i >= 0 && last - i < MAX_OFFICE_TAIL && tokens.get(i).isWord() && tokens.get(i).isLowerCase()
                && !isJoiner(tokens.get(i))) {
            i--;
        }
        return i >= 0 && tokens.get(i).isWord() && tokens.get(i).isCapitalised() ? i : -1;
    }

    /**
     * "Envoy for the Western Balkans and the peace process in Serbia Jane Doe": a post and "for" or
     * "on", then the field it serves, whose words may be in lower case, ending at token {@code last} before a
     * name, or before the comma and a name; the field holds no verb, no mark, no other name and no other post.
     */
    Optional<Span> postWithField(int last) {
        if (!tokens.get(last).isWord() || isJoiner(tokens.get(last))) {
            // "Commissioner for Policy and Enlargement Negotiations": a field ends in its noun, not in "and"
            return Optional.empty();
        }
        for (int i = last; i > 0 && last - i < MAX_LOWER_CASE_ROLE; i--) {
            Token token = tokens.get(i);
            if ((token.is("for") || token.is("on")) && tokens.get(i - 1).isCapitalised()
                    && Vocabulary.isRoleWord(tokens.get(i - 1).text())) {
                return backward(i - 1).map(post -> new Span(post.start(), last + 1));
            }
            if ((token.is("for") || token.is("on")) && isLowerCaseRoleWord(i - 1)) {
                // "police inspector for juvenile affairs Jane Doe": a post in lower case, its field after it
                return Optional.of(new Span(modifiersStart(i - 1), last + 1));
            }
            boolean capitalised = token.isWord() && token.isCapitalised() && !endsRunWithName(i);
            if (!capitalised && !isJoiner(token) && !isModifier(i) || isLowerCaseRoleWord(i)) {
                // "the Minister for Health and the head of the clinic": a second post is a second person's
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "Jane Doe, from the Ministry of Justice of Moldova, said": the body named after "from" at {@code from},
     * closing the clause, is the affiliation.
     */
    Optional<Span> affiliationAfterFrom(int from) {
        if (from + 1 >= tokens.size() || !tokens.get(from).is("from")) {
            return Optional.empty();
        }
        int body = ARTICLES.contains(tokens.get(from + 1).text()) ? from + 2 : from + 1;
        return affiliation(body);
    }

    /**
     * A role in lower case that ends at token {@code last}, right before a name: "journalist Andrzej Poczobut",
     * a role word before it ("head teacher Jane Doe", "deputy director"), the words of origin before them
     * ("Croatian journalist Ivana Perković"), or the origin, then modifiers ("Kazakh environmental journalist",
     * "Hungarian Roma rights activist").
     */
    Optional<Span> lowerCaseBefore(int last) {
        if (!Vocabulary.isRoleWord(tokens.get(last).text())) {
            return Optional.empty();
        }
        int head = last;
        while (head > 0 && last - head < MAX_ORIGIN_MODIFIERS && isLowerCaseRoleWord(head - 1)) {
            head--;
        }
        int first = originStart(head);
        if (first == head) {
            // "Turkmen television editor", "Kazakh environmental journalist": origin, modifiers, role word
            int modifier = head;
            while (modifier > 0 && head - modifier < MAX_ORIGIN_MODIFIERS && isModifier(modifier - 1)) {
                modifier--;
            }
            if (modifier < head && modifier > 0 && isOriginWord(modifier - 1)
                    && !names.isPlace(tokens.get(modifier - 1))) {
                first = originStart(modifier);
            } else {
                first = modifiersStart(head);
            }
        }
        return Optional.of(new Span(first, last + 1));
    }

    /**
     * "senior police officer", "human rights defender": the first of the lower-case modifiers before the role word
     * at {@code head}, when they start after a word that is none (a verb, an article, a comma), or {@code head}.
     */
    private int modifiersStart(int head) {
        int modifier = head;
        while (modifier > 0 && head - modifier < MAX_PLAIN_MODIFIERS && isPlainModifier(modifier - 1)) {
            modifier--;
        }
        if (modifier > 0 && isPlainModifier(modifier - 1)) {
            return head;
        }
        // "Police inspector Jane Doe said": the first modifier is capitalised only because it opens the sentence
        return modifier > 0 && head - modifier < MAX_PLAIN_MODIFIERS && isOpeningModifier(modifier - 1)
                ? modifier - 1 : modifier;
    }

    /** A capitalised word opening the sentence that, in lower case, would be a modifier: "Police", "Senior". */
    private boolean isOpeningModifier(int i) {
        Token token = tokens.get(i);
        String word = token.text().toLowerCase(Locale.ROOT);
        return token.isWord() && token.isCapitalised() && !token.isAllCapitals() && Tokenizer.opensSentence(tokens, i)
                && Vocabulary.isEnglishWord(word) && !ARTICLES.contains(token.text()) && !JOINERS.contains(word)
                && !NOT_MODIFIERS.contains(word) && !QUANTIFIERS.contains(word) && !SENTENCE_OPENERS.contains(word)
                && !word.endsWith("ed") && !word.endsWith("ing") && !word.endsWith("ly");
    }

    /**
     * "local council members Jane Doe and John Roe": the plural noun of persons at {@code noun}, right before
     * names, with the lower-case modifiers before it.
     */
    Span personsNounBefore(int noun) {
        return new Span(modifiersStart(noun), noun + 1);
    }

    /** The first of the words of origin that end right before token {@code end}: "Kosovo Serb". */
    private int originStart(int end) {
        int first = end;
        while (first > 0 && end - first < MAX_ORIGIN_WORDS && isOriginWord(first - 1)) {
            first--;
        }
        return first;
    }

    /** "head" in "head teacher": a role word in lower case that names the rank of the role after it. */
    private boolean isLowerCaseRoleWord(int i) {
        Token token = tokens.get(i);
        return token.isWord() && token.isLowerCase() && Vocabulary.isRoleWord(token.text());
    }

    /**
     * "The head of the mission, Ambassador Jan Braathu of Norway, said": a lower-case role after an article
     * that opens a sentence or a clause, ending at token {@code last}, before the comma and the name; or, after
     * an article that opens a clause or follows "and", "by", "with", "including" or "among them", a role noun
     * behind lower-case modifiers, perhaps with the body it serves ("and by a local tax adviser, Jane Doe", "among
     * them a sound engineer for a Sarn radio station, Jane Doe").
     */
    Optional<Span> lowerCaseBackward(int last) {
        if (!tokens.get(last).isWord() || !tokens.get(last).isLowerCase()) {
            return Optional.empty();
        }
        for (int i = last; i >= 0 && last - i < MAX_LOWER_CASE_ROLE; i--) {
            Token token = tokens.get(i);
            if (ARTICLES.contains(token.text()) && i < last) {
                if (Vocabulary.isRoleWord(tokens.get(i + 1).text()) && opensClause(i)) {
                    return Optional.of(new Span(i + 1, last + 1));
                }
                if (opensDescription(i) && describedRoleEnds(i + 1, last)) {
                    return Optional.of(new Span(i + 1, last + 1));
                }
                continue;
            }
            if ((token.is("’s") || token.is("'s")) && i < last && Vocabulary.isRoleWord(tokens.get(i + 1).text())) {
                // "The school’s head teacher, Jane Doe, said": the role of the owner named after the article
                return ownerStart(i).map(owner -> new Span(owner, last + 1));
            }
            if (!token.isWord() || token.isCapitalised() && !token.isAllCapitals() && endsRunWithName(i)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the article at {@code article} opens a sentence or a clause. */
    private boolean opensClause(int article) {
        return article == 0 || tokens.get(article - 1).is(",") || Tokenizer.opensSentence(tokens, article);
    }

    /** An article that opens a clause, or follows a word that brings in a further person: "and by a ...". */
    private boolean opensDescription(int article) {
        if (opensClause(article) || !tokens.get(article).isLowerCase()) {
            return opensClause(article);
        }
        String before = tokens.get(article - 1).text();
        return BEFORE_DESCRIPTION.contains(before)
                || before.equals("them") && article > 1 && tokens.get(article - 2).is("among");
    }

    /**
     * Whether the words from {@code from} to {@code last} are lower-case modifiers, then a noun of a person or an
     * agent noun ("operator", "adviser"), and, if anything follows it, a preposition that brings in the body or
     * the place it serves; capitalised words may stand only there.
     */
    private boolean describedRoleEnds(int from, int last) {
        int noun = from;
        while (noun < last && noun - from < MAX_PLAIN_MODIFIERS && isPlainModifier(noun)
                && !Vocabulary.isDoerOrPersonNoun(tokens.get(noun).text())) {
            noun++;
        }
        String word = tokens.get(noun).text();
        if (!tokens.get(noun).isLowerCase() || !Vocabulary.isDoerOrPersonNoun(word)) {
            return false;
        }
        // "a number of partners, Jane Doe said": a word that only looks like an agent noun takes no "of" after it
        Set<String> prepositions = Vocabulary.isPersonNoun(word) ? DESCRIPTION_PREPOSITIONS : AGENT_PREPOSITIONS;
        return noun == last || noun + 1 < last && prepositions.contains(tokens.get(noun + 1).text());
    }

    /**
     * The first word of the owner before the possessive at {@code possessive}, one to three words after an article
     * that opens a sentence or a clause ("The school’s", "the Mission’s"), if they are so written.
     */
    private Optional<Integer> ownerStart(int possessive) {
        for (int i = possessive - 1; i >= 0 && possessive - i <= MAX_OWNER_WORDS; i--) {
            Token token = tokens.get(i);
            if (!token.isWord()) {
                return Optional.empty();
            }
            if (i > 0 && ARTICLES.contains(tokens.get(i - 1).text())) {
                int article = i - 1;
                boolean opens = article == 0 || tokens.get(article - 1).is(",")
                        || Tokenizer.opensSentence(tokens, article);
                return opens ? Optional.of(i) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "Croatian", "Kosovo Serb": a capitalised word before a lower-case role that is neither a name nor a post. */
    private boolean isOriginWord(int i) {
        Token token = tokens.get(i);
        boolean openingWord = Tokenizer.opensSentence(tokens, i) && Vocabulary.isEnglishWord(token.text());
        return token.isWord() && token.isCapitalised() && !token.isAllCapitals() && !openingWord
                && !ARTICLES.contains(token.text()) && !Vocabulary.isRoleWord(token.text()) && !endsRunWithName(i);
    }

    private boolean isPlainModifier(int i) {
        return isModifier(i) && !QUANTIFIERS.contains(tokens.get(i).text());
    }

    /** A lower-case adjective or noun before a role word ("environmental", "television"), not a verb. */
    private boolean isModifier(int i) {
        Token token = tokens.get(i);
        String word = token.text();
        return token.isWord() && token.isLowerCase() && !JOINERS.contains(word) && !NOT_MODIFIERS.contains(word)
                && !word.endsWith("ed") && !word.endsWith("ing") && !word.endsWith("ly");
    }

    /** Whether a comma at {@code comma} lies inside the role [first, last] that is being read backwards. */
    private boolean crossesComma(int comma, int first, int last) {
        Token before = tokens.get(comma - 1);
        if (!before.isWord() || !before.isCapitalised() || endsRunWithName(comma - 1)) {
            return false;
        }
        for (int i = first; i <= last; i++) {
            if (Vocabulary.isRoleWord(tokens.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Commissioner for Neighbourhood and Enlargement": a capitalised word before "and" that is not a name's
     * end, in a run of capitalised words and joiners that reaches back to a role word.
     */
    private boolean isCapitalisedRoleTail(int i) {
        for (int k = i; k >= 0; k--) {
            Token token = tokens.get(k);
            if (token.isWord() && token.isCapitalised()) {
                if (endsRunWithName(k)) {
                    return false;
                }
                if (Vocabulary.isRoleWord(token.text())) {
                    return true;
                }
            } else if (!isJoiner(token)) {
                return false;
            }
        }
        return false;
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
        while (end < tokens.size() && end - start < MAX_LOWER_CASE_ROLE && !endsRole(end)) {
            end++;
        }
        return role(start, end);
    }

    private Optional<Span> role(int start, int end) {
        while (end > start && (!tokens.get(end - 1).isWord() || JOINERS.contains(tokens.get(end - 1).text()))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            String word = tokens.get(i).text();
            if (Vocabulary.isRoleWord(word) || word.endsWith("s") && Vocabulary.isRoleWord(word.substring(0,
                    word.length() - 1))) {
                // "Head", or the plural of several holders: "Co-Chairs of the OSCE Minsk Group"
                return Optional.of(new Span(start, end));
            }
        }
        return Optional.empty();
    }

    /** "former", "Former" opening a sentence, "acting": a word of time before a role. */
    static boolean isQualifier(String word) {
        return QUALIFIERS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isCapitalisedEnglishWord(Token token) {
        return token.isWord() && token.isCapitalised() && Vocabulary.isEnglishWord(token.text());
    }

    private static boolean isJoiner(Token token) {
        return JOINERS.contains(token.text()) || token.text().equals("’s") || token.text().equals("'s");
    }

    /** "Prishtinë/Priština", "Journalists’ Association": a mark between two words, written without spaces. */
    private boolean isInsideWord(int i) {
        Token token = tokens.get(i);
        return (token.is("/") || token.is("’") || token.is("'")) && i > 0 && i + 1 < tokens.size()
                && tokens.get(i - 1).isWord() && tokens.get(i + 1).isWord()
                && (token.is("/") ? tokens.get(i - 1).end() == token.start() : tokens.get(i + 1).isCapitalised());
    }

    /** A lower-case role ends at a mark that closes the clause or at a relative pronoun. */
    private boolean endsRole(int i) {
        Token token = tokens.get(i);
        return endsClause(token) && !isInsideWord(i) || RELATIVES.contains(token.text()) && !namesABody(i + 1);
    }

    /**
     * Whether the clause from {@code from} to its comma or full stop holds a capitalised word that is no place's
     * name: a body's name ("who headed the OSCE PA delegation"), not a place where the person did something
     * ("who has run similar courses in Moldova").
     */
    private boolean namesABody(int from) {
        for (int i = from; i < tokens.size() && i - from < MAX_LOWER_CASE_ROLE && !endsClause(tokens.get(i)); i++) {
            if (tokens.get(i).isWord() && tokens.get(i).isCapitalised()) {
                int place = names.placeEnd(i);
                if (place <= i) {
                    return true;
                }
                i = place - 1;
            }
        }
        return false;
    }

    private static boolean endsClause(Token token) {
        return !token.isWord() && !token.is("-") && !token.is("’s") && !token.is("'s");
    }
}
