package newssearch.search;

/**
 * A search request that cannot be answered as asked. The message names the parameter and says what is
 * accepted ("size must be between 1 and 100, got 500").
 */
public class InvalidRequestException extends RuntimeException {

    private final String parameter;

    public InvalidRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The request parameter at fault. */
    public String parameter() {
        return parameter;
    }
}
