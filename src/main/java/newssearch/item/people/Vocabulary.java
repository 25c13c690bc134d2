package newssearch.item.people;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import newssearch.item.gazetteer.CountryGazetteer;
import newssearch.item.text.Resources;
import newssearch.item.text.Token;
import newssearch.item.text.Tokenizer;
import newssearch.item.text.WordSets;

/**
 * The words that tell names from everything else on one page: honorifics, role words and the bundled
 * non-name words, plus the page's own words. Every word of the site's navigation names a body, a topic or a
 * place, never a person; a capitalised word the article also writes in lower case ("Critical" beside
 * "critical infrastructure") is an ordinary word.
 */
public final class Vocabulary {

    private static final Set<String> HONORIFICS = WordSets.copyOf(Resources.lines("honorifics.txt"));
    /** "Ambassadors Igor Popov and Stéphane Visconti": forms of address before several names. */
    private static final Set<String> PLURAL_HONORIFICS = WordSets.copyOf(HONORIFICS.stream()
            .map(honorific -> honorific + "s").filter(plural -> !HONORIFICS.contains(plural)).toList());
    /** The honorifics and their plurals, for one look-up. */
    private static final Set<String> FORMS_OF_ADDRESS = WordSets.copyOf(Stream.concat(HONORIFICS.stream(),
            PLURAL_HONORIFICS.stream()).toList());
    private static final Set<String> ROLE_WORDS = WordSets.copyOf(Resources.lines("role-words.txt").stream()
            .map(word -> word.toLowerCase(Locale.ROOT)).toList());
    private static final Set<String> NON_NAME = WordSets.copyOf(Resources.lines("non-name-words.txt"));
    private static final Set<String> ENGLISH = WordSets.copyOf(Resources.lines("english-words.txt"));
    /** Nouns for a person ("resident", "farmer"), lower-case. */
    private static final Set<String> PERSON_NOUNS = WordSets.copyOf(Resources.lines("person-nouns.txt"));
    /** Shortest lower-case word taken as a role by its ending ("activist", "hydrologist"); "insist" is shorter. */
    private static final int MIN_AGENT_NOUN = 8;
    /** "operator", "adviser": the shortest noun of a doer read as a role. */
    private static final int MIN_DOER_NOUN = 5;

    private final Set<String> navigationWords;
    private final Set<String> lowerCaseWords;
    private final CountryGazetteer gazetteer;

    private Vocabulary(Set<String> navigationWords, Set<String> lowerCaseWords, CountryGazetteer gazetteer) {
        this.navigationWords = Collections.unmodifiableSet(navigationWords);
        this.lowerCaseWords = Collections.unmodifiableSet(lowerCaseWords);
        this.gazetteer = gazetteer;
    }

    /** @param navigationWords the words of the page's navigation ({@link newssearch.item.gazetteer.NavigationFacts#words()}) */
    public static Vocabulary of(Set<String> navigationWords, List<String> paragraphs, CountryGazetteer gazetteer) {
        // an article of a few kilobytes writes a few hundred different words in lower case
        Set<String> lowerCase = new HashSet<>(1024);
        paragraphs.forEach(paragraph -> Tokenizer.addLetterWords(paragraph, true, lowerCase));
        return new Vocabulary(navigationWords, lowerCase, gazetteer);
    }

    /** "Ambassador", "Dr", and the plural before several names: "Ambassadors Igor Popov and Stéphane Visconti". */
    public static boolean isHonorific(String word) {
        return FORMS_OF_ADDRESS.contains(word);
    }

    /** "Ambassadors", before several names; "Mrs" is no plural. */
    static boolean isPluralHonorific(String word) {
        return PLURAL_HONORIFICS.contains(word);
    }

    /**
     * Whether a word names a post or a profession: a role word, a compound ending in one ("Under-Secretary"),
     * or a lower-case noun of a profession ending in "-ist" ("hydrologist", "scientist"); capitalised, such a
     * word may be a surname ("Lindqvist").
     */
    public static boolean isRoleWord(String word) {
        String lowerCase = word.toLowerCase(Locale.ROOT);
        int hyphen = lowerCase.lastIndexOf('-');
        return ROLE_WORDS.contains(lowerCase)
                || hyphen > 0 && hyphen < lowerCase.length() - 1 && ROLE_WORDS.contains(lowerCase.substring(hyphen + 1))
                || Character.isLowerCase(word.charAt(0)) && isAgentNoun(word);
    }

    /** "economist", "journalist", "nationalist", but not "checklist" or "shortlist". */
    private static boolean isAgentNoun(String word) {
        return word.length() >= MIN_AGENT_NOUN && word.endsWith("ist")
                && (!word.endsWith("list") || word.endsWith("alist"));
    }

    /** A noun of a person ("teacher", "specialist") or of one who does something ("operator", "adviser"). */
    static boolean isDoerOrPersonNoun(String word) {
        return isPersonNoun(word) || isDoerNoun(word);
    }

    /**
     * "operator", "adviser", "programmer": an English word ending in "-er" or "-or" whose stem is a word too
     * ("operate", "advise", "program"), which "border", "water" or "winter" are not.
     */
    private static boolean isDoerNoun(String word) {
        if (word.length() < MIN_DOER_NOUN || !(word.endsWith("er") || word.endsWith("or")) || !isEnglishWord(word)) {
            return false;
        }
        String stem = word.substring(0, word.length() - 2);
        boolean doubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
        return isEnglishWord(stem) || isEnglishWord(stem + "e")
                || doubled && isEnglishWord(stem.substring(0, stem.length() - 1));
    }

    /** Whether a lower-case word names a person without a post: a role word or a noun such as "resident". */
    static boolean isPersonNoun(String word) {
        return isRoleWord(word) || PERSON_NOUNS.contains(word);
    }

    /** Whether a word can stand in a person's name: capitalised, not an acronym, not a word of bodies or roles. */
    boolean canBeInName(Token token) {
        String word = token.text();
        return token.isWord() && token.isCapitalised() && !token.isAllCapitals() && word.length() > 1
                && !isHonorific(word) && !isRoleWord(word) && !NON_NAME.contains(word)
                && !navigationWords.contains(word) && !gazetteer.isStateWord(word);
    }

    /** Whether the article also writes this capitalised word in lower case, as an ordinary word. */
    public boolean isOrdinaryWord(String word) {
        return lowerCaseWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a capitalised word is also an English word ("Questions"); many surnames are too ("Young"). */
    public static boolean isEnglishWord(String word) {
        return ENGLISH.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word belongs to the language of posts and bodies rather than to a name. */
    public boolean isRoleOrBodyWord(String word) {
        return isRoleWord(word) || NON_NAME.contains(word) || navigationWords.contains(word)
                || gazetteer.isStateWord(word);
    }
}
