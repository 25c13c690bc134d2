package newssearch.item;

/** Where an item's date came from, most trustworthy first. */
public enum DateSource {
    /** The "Issued on:" line of the metadata block. */
    METADATA("metadata"),
    /** The dateline that opens the body: "VIENNA, 31 May 2017 –". */
    DATELINE("dateline"),
    /** The first full date (day, month and year) in the article. */
    TEXT("text"),
    /** A day and month from the article ("on 1 and 2 April") with the year taken from elsewhere on the page. */
    INFERRED_YEAR("inferred-year"),
    /** The page holds no date. */
    NONE("none");

    private final String label;

    DateSource(String label) {
        this.label = label;
    }

    /** The name used in JSON and on the command line. */
    public String label() {
        return label;
    }
}
