package newssearch.item.text;

/**
 * A word or a punctuation mark of a paragraph, with where it stands in it.
 *
 * @param text  the token as written ("McGregor", ",", "’s")
 * @param start offset of its first character in the paragraph
 * @param end   offset just past its last character
 */
public record Token(String text, int start, int end) {

    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** A word that starts with a capital: "Ashgabat", "OSCE", "Co-ordinator". */
    public boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** A word written in capitals only ("OSCE", "VIENNA"): an acronym or a dateline, never a name. */
    public boolean isAllCapitals() {
        if (!isCapitalised()) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c) && Character.isLowerCase(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    public boolean isLowerCase() {
        return Character.isLowerCase(text.codePointAt(0));
    }

    public boolean is(String word) {
        return text.equals(word);
    }
}
