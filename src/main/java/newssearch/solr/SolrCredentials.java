package newssearch.solr;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A SolrCloud user and its password, sent as HTTP Basic authentication on every request to every node. Its
 * {@link #toString()} names the user only, so that no log line or message can carry the password by accident.
 */
public record SolrCredentials(String user, String password) {

    public SolrCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        // RFC 7617: the user-id of Basic authentication cannot hold a colon.
        if (user.isBlank() || user.contains(":")) {
            throw new IllegalArgumentException("--solr-user '" + user + "' is not a user name: give the name "
                    + "Solr knows the user by, without ':'");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the password of --solr-user " + user + " is empty: set "
                    + "NEWSSEARCH_SOLR_PASSWORD or give --solr-password-file FILE");
        }
    }

    /** The value of the {@code Authorization} header. */
    String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "SolrCredentials[user=" + user + "]";
    }
}
