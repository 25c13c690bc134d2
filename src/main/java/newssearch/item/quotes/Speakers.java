package newssearch.item.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import newssearch.item.Person;
import newssearch.item.people.Vocabulary;
import newssearch.item.text.Token;
import newssearch.item.text.Tokenizer;
import newssearch.item.text.WordSets;

/**
 * Who the words of a sentence point to among the item's people: a name or its last word ("said John McGregor",
 * "McGregor said"), a subject pronoun ("he said"), which stands for the person last named as a subject, or a
 * role the item gives one person only ("the Chief Monitor said").
 */
public final class Speakers {

    private static final Set<String> PRONOUNS = WordSets.of("he", "she", "He", "She");
    /** A name after one of these is an object or a complement, not the one who speaks ("a meeting with X"). */
    private static final Set<String> NOT_BEFORE_SUBJECT = WordSets.of("with", "by", "to", "of", "for", "from", "at",
            "on", "in", "alongside", "among", "including", "between", "and", "about", "against", "towards",
            "than", "like", "under", "behind", "thanked", "met", "welcomed", "invited", "congratulated");
    private static final Set<String> ROLE_JOINERS = WordSets.of("of", "the", "for", "on", "in", "to", "and");

    private final Map<String, Person> byLastWord = new HashMap<>();
    /** The people with a role, each with the role's key ({@link #roleKey}). */
    private final Map<Person, String> withRoles = new HashMap<>();

    Speakers(List<Person> people) {
        for (Person person : people) {
            List<Token> words = Tokenizer.tokens(person.name());
            if (!words.isEmpty()) {
                byLastWord.putIfAbsent(words.get(words.size() - 1).text(), person);
            }
            person.role().ifPresent(role -> withRoles.put(person,
                    roleKey(Tokenizer.tokens(role).stream().map(Token::text).toList())));
        }
    }

    boolean isEmpty() {
        return byLastWord.isEmpty();
    }

    /**
     * The one a word of a sentence names, and where the mention starts.
     *
     * @param speaker empty for a pronoun with nobody named before it
     */
    record Mention(int start, Optional<Person> speaker) {
    }

    /**
     * The first mention among tokens [from, to), outside every quotation, that stands where a sentence's subject
     * stands: not after a preposition ("a meeting with Jane Doe"), not a possessive ("Doe’s spokesperson").
     *
     * @param lastSubject who a pronoun stands for
     */
    Optional<Mention> firstSubject(List<Token> tokens, boolean[] quoted, int from, int to,
                                   Optional<Person> lastSubject) {
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (quoted[i] || !token.isWord()) {
                continue;
            }
            if (PRONOUNS.contains(token.text())) {
                if (isSubjectAt(tokens, i, i + 1)) {
                    return Optional.of(new Mention(i, lastSubject));
                }
                continue;
            }
            Person named = byLastWord.get(token.text());
            if (named != null) {
                int start = nameStart(tokens, from, i, named);
                if (isSubjectAt(tokens, start, i + 1)) {
                    return Optional.of(new Mention(start, Optional.of(named)));
                }
                continue;
            }
            // "the Chief Monitor said", "“…,” says OSCE Representative"
            boolean afterThe = token.is("the") || token.is("The");
            boolean afterSpeech = token.isCapitalised() && i > 0 && QuoteFinder.isSpeech(tokens.get(i - 1));
            if ((afterThe || afterSpeech) && !withRoles.isEmpty()) {
                int roleStart = afterThe ? i + 1 : i;
                int end = roleEnd(tokens, quoted, roleStart, to);
                Optional<Person> holder = end > roleStart ? holder(tokens, roleStart, end) : Optional.empty();
                if (holder.isPresent()) {
                    if (isSubjectAt(tokens, i, end)) {
                        return Optional.of(new Mention(i, holder));
                    }
                    i = end - 1;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where the mention ending at {@code last} starts: back over the rest of the name, its particles and a form
     * of address ("Ambassador Jan van der Meulen", "Mr. Doe"), not over other capitalised words ("Welcoming").
     */
    private static int nameStart(List<Token> tokens, int from, int last, Person named) {
        String name = named.name();
        int start = last;
        while (start > from) {
            Token before = tokens.get(start - 1);
            boolean inName = before.isWord() && (isParticle(before) || before.isCapitalised()
                    && (name.contains(before.text()) || Vocabulary.isHonorific(before.text())));
            boolean honorificDot = before.is(".") && start - 1 > from
                    && Vocabulary.isHonorific(tokens.get(start - 2).text());
            if (!inName && !honorificDot) {
                break;
            }
            start--;
        }
        return start;
    }

    private static boolean isSubjectAt(List<Token> tokens, int start, int end) {
        // "According to Jane Doe, “…”": the one after "according to" speaks
        boolean accordingTo = start > 1 && tokens.get(start - 1).is("to")
                && tokens.get(start - 2).text().equalsIgnoreCase("according");
        // "Welcoming Jane Doe to Vienna, John Roe said": the one a participle acts on is not its subject
        boolean afterPreposition = start > 0 && (NOT_BEFORE_SUBJECT.contains(tokens.get(start - 1).text())
                || tokens.get(start - 1).isWord() && tokens.get(start - 1).text().endsWith("ing"))
                && !accordingTo;
        boolean possessive = end < tokens.size()
                && (tokens.get(end).is("’s") || tokens.get(end).is("'s") || tokens.get(end).is("’"));
        return !afterPreposition && !possessive;
    }

    private static boolean isParticle(Token token) {
        return token.is("von") || token.is("van") || token.is("de") || token.is("der") || token.is("da")
                || token.is("di") || token.is("du") || token.is("del") || token.is("la") || token.is("le");
    }

    /** "the Head of the OSCE Centre": capitalised words, with "of", "the", "for"... between them. */
    private static int roleEnd(List<Token> tokens, boolean[] quoted, int from, int to) {
        int end = from;
        int i = from;
        while (i < to && !quoted[i] && tokens.get(i).isWord()) {
            Token token = tokens.get(i);
            if (token.isCapitalised()) {
                end = ++i;
            } else if (ROLE_JOINERS.contains(token.text()) && end > from) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    /** The one person whose role begins with the words [from, to), the word OSCE and case aside. */
    private Optional<Person> holder(List<Token> tokens, int from, int to) {
        String phrase = roleKey(tokens.subList(from, to).stream().map(Token::text).toList());
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        Person found = null;
        for (Map.Entry<Person, String> entry : withRoles.entrySet()) {
            Person person = entry.getKey();
            String role = entry.getValue();
            if (role.equals(phrase) || role.startsWith(phrase + " ") || role.startsWith(phrase + " ,")) {
                if (found != null && found != person) {
                    return Optional.empty();
                }
                found = person;
            }
        }
        return Optional.ofNullable(found);
    }

    private static String roleKey(List<String> words) {
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            if (word.equals("OSCE") || key.isEmpty() && (word.equals("the") || word.equals("The"))) {
                continue;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(word.toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }
}
