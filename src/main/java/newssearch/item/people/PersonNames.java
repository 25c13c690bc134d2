package newssearch.item.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import newssearch.item.gazetteer.CountryGazetteer;
import newssearch.item.text.Token;
import newssearch.item.text.Tokenizer;
import newssearch.item.text.WordSets;

/**
 * Tells where names stand in one paragraph's tokens. A name is the tail of a run of capitalised words made of
 * two to four words that can be in a name ("Ambassador John McGregor" ends in "John McGregor"; "Central
 * Election Commission" has none), with name particles and initials inside it ("Ursula von der Leyen",
 * "John F. Kennedy"). Whatever stands before the tail in the run is a form of address or a role.
 */
public final class PersonNames {

    public static final int MIN_WORDS = 2;
    static final int MAX_WORDS = 4;
    private static final Set<String> PARTICLES = WordSets.of("de", "da", "di", "del", "della", "van", "von", "der",
            "den", "du", "la", "le", "bin", "ibn", "al", "ter", "ten");
    private static final Set<String> ROLE_JOINERS = WordSets.of("and", "of", "for", "on");
    /** "Minister for Resettlement", "Representative on Youth": words between a post and its field. */
    private static final Set<String> POST_FIELD_JOINERS = WordSets.of("for", "on");
    /** "Mayor of Palermo", "Ombudsman in Bosnia and Herzegovina": words between a post and its place. */
    private static final Set<String> POST_PLACE_JOINERS = WordSets.of("of", "in");

    private final List<Token> tokens;
    private final String paragraph;
    private final Vocabulary vocabulary;
    private final CountryGazetteer gazetteer;

    PersonNames(List<Token> tokens, String paragraph, Vocabulary vocabulary, CountryGazetteer gazetteer) {
        this.tokens = tokens;
        this.paragraph = paragraph;
        this.vocabulary = vocabulary;
        this.gazetteer = gazetteer;
    }

    /** The index just past the run of capitalised words that starts at {@code start}. */
    int runEnd(int start) {
        int i = start + 1;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.isWord() && token.isCapitalised()) {
                i++;
            } else if (PARTICLES.contains(token.text()) && startsCapitalisedWord(afterParticles(i))) {
                // "Jan van der Meulen", "Ana de la Cruz": one or more particles, then the next word of the name
                i = afterParticles(i) + 1;
            } else if (token.is(".") && isInitial(tokens.get(i - 1)) && startsCapitalisedWord(i + 1)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** Where the name at the end of the run [start, end) begins; {@code end} when the run ends in none. */
    int nameStart(int start, int end) {
        int i = end;
        while (i > start) {
            Token token = tokens.get(i - 1);
            if (vocabulary.canBeInName(token) || isInitial(token) || isSurnameAfterParticle(i - 1, start)) {
                i--;
            } else if ((PARTICLES.contains(token.text()) || token.is(".")) && i - 1 > start) {
                i--;
            } else {
                break;
            }
        }
        while (i < end && !tokens.get(i).isCapitalised()) {
            i++;
        }
        if (nameWords(i, end) > MIN_WORDS && (endsRoleBefore(i) || opensWithPersonsNoun(i))) {
            i++;
        }
        return Math.max(i, placeOfPostEnd(i, end));
    }

    /**
     * "Mayor of Palermo Leoluca Orlando", "Governor of Batken Jane Doe": the run at {@code i} after a word of a post
     * and "of" or "in" opens with the place the post serves, which a post written so must name. A known place is
     * that place when a name of two words or more follows it; else a run of three or four words is read as a town
     * of one or two words that are no English words and a name of two ("Mayor of Kalinovik Jane Doe"). Returns
     * the index past the place, or {@code i}.
     */
    private int placeOfPostEnd(int i, int end) {
        if (i < 2 || !POST_PLACE_JOINERS.contains(tokens.get(i - 1).text())
                || !Vocabulary.isRoleWord(tokens.get(i - 2).text())) {
            return i;
        }
        int place = placeEnd(i);
        if (place > i) {
            return place < end && nameWords(place, end) >= MIN_WORDS ? place : i;
        }
        int words = nameWords(i, end);
        if (words <= MIN_WORDS || words > MAX_WORDS || end - i != words) {
            // particles or initials: "Mayor of Ana de la Cruz" is read as written
            return i;
        }
        for (int k = i; k < end - MIN_WORDS; k++) {
            if (Vocabulary.isEnglishWord(tokens.get(k).text())) {
                // "Minister of Defence Jane Doe": an English word goes on the post, not a town
                return i;
            }
        }
        return end - MIN_WORDS;
    }

    /**
     * "Vincenzo Del Monaco", "Maria De France": a word after a capitalised particle is a surname, even when it
     * names a place.
     */
    private boolean isSurnameAfterParticle(int i, int start) {
        if (i - 2 < start || !PARTICLES.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                || !tokens.get(i - 1).isCapitalised()) {
            return false;
        }
        Token token = tokens.get(i);
        return token.isWord() && token.isCapitalised() && !token.isAllCapitals()
                && vocabulary.canBeInName(tokens.get(i - 2));
    }

    /**
     * "Minister for Foreign and European Affairs and Trade Ian Borg", "Minister of Culture and Tourism Elvin
     * Mammadov": an English word joined by "and", "of" or "for" to a word of a post before it ends the post, and
     * is not the first word of a three-word name.
     */
    private boolean endsRoleBefore(int i) {
        if (i >= 2 && POST_FIELD_JOINERS.contains(tokens.get(i - 1).text()) && tokens.get(i - 2).isCapitalised()
                && Vocabulary.isRoleWord(tokens.get(i - 2).text())) {
            // "Deputy Minister for Resettlement Jane Doe": a post "for" or "on" is followed by its field
            return true;
        }
        return i >= 2 && Vocabulary.isEnglishWord(tokens.get(i).text())
                && ROLE_JOINERS.contains(tokens.get(i - 1).text())
                && tokens.get(i - 2).isWord() && tokens.get(i - 2).isCapitalised()
                && (isRoleOrBodyWord(tokens.get(i - 2)) || Vocabulary.isEnglishWord(tokens.get(i - 2).text()));
    }

    /**
     * "Students Jane Doe and John Roe, who ...": a plural noun of persons opening the sentence at {@code i}, before
     * the names it describes.
     */
    boolean opensWithPersonsNoun(int i) {
        return Tokenizer.opensSentence(tokens, i) && tokens.get(i).isCapitalised() && !tokens.get(i).isAllCapitals()
                && isPersonsNoun(tokens.get(i));
    }

    /** "Students", "farmers", "Teachers": the plural of a noun of a person. */
    static boolean isPersonsNoun(Token token) {
        String word = token.text();
        return token.isWord() && word.length() > 2 && word.endsWith("s")
                && Vocabulary.isPersonNoun(word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the name [start, end) stands right after "the", as bodies do ("the Verkhovna Rada", "the Sejm"),
     * and people do not.
     */
    boolean followsArticle(int start) {
        return start > 0 && (tokens.get(start - 1).is("the") || tokens.get(start - 1).is("The"));
    }

    /** How many full words (not initials or particles) the range holds. */
    int nameWords(int start, int end) {
        int words = 0;
        for (int i = start; i < end; i++) {
            Token token = tokens.get(i);
            if (token.isWord() && token.isCapitalised() && !isInitial(token)) {
                words++;
            }
        }
        return words;
    }

    /** Whether [start, end) is a person's name by its shape: enough words, and not a place's name. */
    boolean isName(int start, int end) {
        int words = nameWords(start, end);
        return words >= MIN_WORDS && words <= MAX_WORDS && !gazetteer.isPlace(text(start, end));
    }

    /** Whether [start, end) has a name's shape and at least one word that is not an English word. */
    boolean isLikelyName(int start, int end) {
        if (!isName(start, end)) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (tokens.get(i).isWord() && !Vocabulary.isEnglishWord(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the likely name in the run of capitalised words at {@code i} starts ("Giorgi" in "President Giorgi
     * Margvelashvili"), or -1 when the run holds none.
     */
    int nameInRun(int i) {
        if (!startsCapitalisedWord(i)) {
            return -1;
        }
        int end = runEnd(i);
        int start = nameStart(i, end);
        return isLikelyName(start, end) && !(start == i && followsArticle(start)) ? start : -1;
    }

    /** The index just past a place's name that starts at {@code i} ("of Norway"), or {@code i} if none does. */
    int placeEnd(int i) {
        return i < tokens.size() ? gazetteer.matchAt(tokens, paragraph, i) : i;
    }

    boolean isRoleOrBodyWord(Token token) {
        return vocabulary.isRoleOrBodyWord(token.text()) || gazetteer.isPlace(token.text());
    }

    /** Whether the word is a place's name ("Tbilisi"), not an adjective of origin. */
    boolean isPlace(Token token) {
        return gazetteer.isPlace(token.text());
    }

    String text(int start, int end) {
        return paragraph.substring(tokens.get(start).start(), tokens.get(end - 1).end());
    }

    private boolean startsCapitalisedWord(int i) {
        return i < tokens.size() && tokens.get(i).isWord() && tokens.get(i).isCapitalised();
    }

    private int afterParticles(int i) {
        while (i < tokens.size() && PARTICLES.contains(tokens.get(i).text())) {
            i++;
        }
        return i;
    }

    private static boolean isInitial(Token token) {
        return token.text().length() == 1 && token.isCapitalised();
    }
}
