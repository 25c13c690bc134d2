package newssearch.page;

/**
 * A file that cannot be read as a news page. The message is one line for the person who saved it: what is
 * wrong and what to do ("is binary (a PDF?): save the page as plain text").
 */
public class BadPageException extends Exception {

    public BadPageException(String message) {
        super(message);
    }
}
