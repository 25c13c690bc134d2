package newssearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import newssearch.search.UserQuery.Clause;
import newssearch.search.UserQuery.Group;
import newssearch.search.UserQuery.Occur;
import newssearch.search.UserQuery.Phrase;
import newssearch.search.UserQuery.Prefix;
import newssearch.search.UserQuery.Word;

/**
 * A recursive-descent reading of the query syntax with the meaning of Lucene's classic query parser: a clause
 * is required unless {@code OR} joins it to its neighbour, {@code -}, {@code !} or {@code NOT} excludes it,
 * {@code +} requires it; except that the plain words typed without an operator, in a group without {@code OR},
 * are handed to the caller together, to be matched as it sees fit ({@link UserQuery.Words}). Anything outside the
 * supported syntax is a {@link SyntaxException}, which the caller answers by searching the plain words.
 */
final class QuerySyntax {

    /** Characters that end a word; a word may hold {@code -} and {@code +} after its first character. */
    private static final String SPECIAL = "()\":^[]{}~\\/!";

    private final String text;
    private final Function<List<String>, UserQuery> plainWords;
    private int pos;

    /** @param plainWords what the plain words of a group, two or more, become */
    QuerySyntax(String text, Function<List<String>, UserQuery> plainWords) {
        this.text = text;
        this.plainWords = plainWords;
    }

    UserQuery parse() throws SyntaxException {
        UserQuery query = query(Optional.empty());
        skipSpace();
        if (pos < text.length()) {
            throw new SyntaxException("unexpected '" + text.charAt(pos) + "'");
        }
        return query;
    }

    private enum Conjunction { NONE, AND, OR }

    private enum Modifier { NONE, REQUIRED, NOT }

    private UserQuery query(Optional<String> field) throws SyntaxException {
        List<Clause> clauses = new ArrayList<>();
        // Which clauses were typed without an operator: their plain words may be relaxed by a minimum match.
        List<Boolean> implicit = new ArrayList<>();
        boolean anyOr = false;
        Modifier modifier = modifier();
        UserQuery first = clause(field);
        add(clauses, implicit, Conjunction.NONE, modifier, first);
        boolean single = modifier == Modifier.NONE;
        while (true) {
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) == ')') {
                break;
            }
            Conjunction conjunction = conjunction();
            anyOr |= conjunction == Conjunction.OR;
            modifier = modifier();
            add(clauses, implicit, conjunction, modifier, clause(field));
            single = false;
        }
        if (single) {
            return first;
        }
        return anyOr ? new Group(clauses) : relaxed(clauses, implicit);
    }

    /**
     * The group with its plain words, typed without an operator and not before a field, gathered into one
     * {@link Words} clause; a group that uses OR keeps the classic meaning, every clause as typed.
     */
    private UserQuery relaxed(List<Clause> clauses, List<Boolean> implicit) {
        List<Clause> kept = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int wordsAt = -1;
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            if (implicit.get(i) && clause.query() instanceof Word word && word.field().isEmpty()) {
                if (wordsAt < 0) {
                    wordsAt = kept.size();
                }
                words.add(word.text());
            } else {
                kept.add(clause);
            }
        }
        if (words.size() < 2) {
            return new Group(clauses);
        }
        kept.add(wordsAt, new Clause(Occur.MUST, plainWords.apply(words)));
        return kept.size() == 1 ? kept.get(0).query() : new Group(kept);
    }

    /** The classic parser's rule: AND makes the clause before required, OR makes it optional. */
    private static void add(List<Clause> clauses, List<Boolean> implicit, Conjunction conjunction, Modifier modifier,
                            UserQuery query) {
        if (!clauses.isEmpty()) {
            int lastAt = clauses.size() - 1;
            Clause last = clauses.get(lastAt);
            if (last.occur() != Occur.MUST_NOT && conjunction != Conjunction.NONE) {
                clauses.set(lastAt, new Clause(
                        conjunction == Conjunction.AND ? Occur.MUST : Occur.SHOULD, last.query()));
                implicit.set(lastAt, false);
            }
        }
        Occur occur = modifier == Modifier.NOT ? Occur.MUST_NOT
                : conjunction == Conjunction.OR ? Occur.SHOULD : Occur.MUST;
        clauses.add(new Clause(occur, query));
        implicit.add(modifier == Modifier.NONE && conjunction == Conjunction.NONE);
    }

    private Conjunction conjunction() {
        skipSpace();
        if (text.startsWith("&&", pos)) {
            pos += 2;
            return Conjunction.AND;
        }
        if (text.startsWith("||", pos)) {
            pos += 2;
            return Conjunction.OR;
        }
        String keyword = peekWord();
        if (keyword.equals("AND") || keyword.equals("OR")) {
            pos += keyword.length();
            return keyword.equals("AND") ? Conjunction.AND : Conjunction.OR;
        }
        return Conjunction.NONE;
    }

    private Modifier modifier() {
        skipSpace();
        if (pos < text.length() && (text.charAt(pos) == '+')) {
            pos++;
            return Modifier.REQUIRED;
        }
        if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '!')) {
            pos++;
            return Modifier.NOT;
        }
        if (peekWord().equals("NOT")) {
            pos += 3;
            return Modifier.NOT;
        }
        return Modifier.NONE;
    }

    private UserQuery clause(Optional<String> field) throws SyntaxException {
        skipSpace();
        if (pos >= text.length()) {
            throw new SyntaxException("a clause is missing at the end");
        }
        int start = pos;
        String word = pos < text.length() && text.charAt(pos) != '"' && text.charAt(pos) != '(' ? readWord() : "";
        if (!word.isEmpty() && pos < text.length() && text.charAt(pos) == ':') {
            pos++;
            skipSpace();
            String named = word.toLowerCase(Locale.ROOT);
            if (SearchFields.USER_FIELDS.contains(named)) {
                return fieldClause(Optional.of(named), Optional.empty());
            }
            // "foo:bar" with an unknown field is searched as the words "foo bar".
            return fieldClause(field, Optional.of(word));
        }
        pos = start;
        return fieldClause(field, Optional.empty());
    }

    private UserQuery fieldClause(Optional<String> field, Optional<String> leadingWords) throws SyntaxException {
        if (pos >= text.length()) {
            throw new SyntaxException("a field without a value");
        }
        char c = text.charAt(pos);
        UserQuery query;
        if (c == '(') {
            pos++;
            if (leadingWords.isPresent()) {
                throw new SyntaxException("an unknown field before a group");
            }
            query = query(field);
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != ')') {
                throw new SyntaxException("a group is not closed");
            }
            pos++;
        } else if (c == '"') {
            int end = text.indexOf('"', pos + 1);
            if (end < 0) {
                throw new SyntaxException("a phrase is not closed");
            }
            String phrase = text.substring(pos + 1, end);
            pos = end + 1;
            query = new Phrase(field, leadingWords.map(w -> w + " " + phrase).orElse(phrase), 0);
        } else {
            query = term(field, leadingWords);
        }
        if (pos < text.length() && (text.charAt(pos) == '^' || text.charAt(pos) == '~')) {
            throw new SyntaxException("boosts and fuzzy or proximity operators are not supported");
        }
        return query;
    }

    private UserQuery term(Optional<String> field, Optional<String> leadingWords) throws SyntaxException {
        String word = readWord();
        if (word.isEmpty() || word.equals("AND") || word.equals("OR") || word.equals("NOT")) {
            throw new SyntaxException("a clause is missing");
        }
        int star = word.indexOf('*');
        boolean wildcard = star >= 0 || word.indexOf('?') >= 0;
        if (wildcard) {
            if (star != word.length() - 1 || word.indexOf('?') >= 0 || word.length() < 3) {
                throw new SyntaxException("only a trailing * after two letters or more is supported");
            }
            return new Prefix(leadingWords.isPresent() ? Optional.empty() : field,
                    word.substring(0, word.length() - 1));
        }
        if (leadingWords.isPresent()) {
            return new Phrase(field, leadingWords.get() + " " + word, 0);
        }
        return new Word(field, word);
    }

    /** The word at the cursor, consumed; empty at a special character. */
    private String readWord() throws SyntaxException {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == ':' || SPECIAL.indexOf(c) >= 0
                    || (pos == start && (c == '+' || c == '-'))) {
                break;
            }
            pos++;
        }
        if (pos < text.length() && pos == start && "\\/[]{}^~".indexOf(text.charAt(pos)) >= 0) {
            throw new SyntaxException("escapes, regular expressions and ranges are not supported");
        }
        return text.substring(start, pos);
    }

    private String peekWord() {
        int end = pos;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                && text.charAt(end) != '(' && text.charAt(end) != '"') {
            end++;
        }
        return text.substring(pos, end);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Input outside the supported syntax. */
    static final class SyntaxException extends Exception {
        SyntaxException(String message) {
            super(message);
        }
    }
}
