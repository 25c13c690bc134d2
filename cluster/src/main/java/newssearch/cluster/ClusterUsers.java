package newssearch.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.apache.solr.security.Sha256AuthenticationProvider;

/**
 * The users of a cluster started with {@code --auth}: {@code admin}, who may do everything, and {@code reader},
 * who may only read, as Solr's Basic authentication and rule-based authorization express them. Their passwords
 * are made at start and written to a file only its owner can read, as the lines {@code admin=<password>} and
 * {@code reader=<password>}; the cluster stores only their salted hashes.
 */
final class ClusterUsers {

    static final String ADMIN = "admin";
    static final String READER = "reader";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final String securityJson;

    private ClusterUsers(Path file, String securityJson) {
        this.file = file;
        this.securityJson = securityJson;
    }

    /** Makes both passwords and writes them to {@code folder/credentials}, readable by its owner only. */
    static ClusterUsers create(Path folder) throws IOException {
        String adminPassword = password();
        String readerPassword = password();
        Path file = folder.resolve("credentials");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, ADMIN + "=" + adminPassword + "\n" + READER + "=" + readerPassword + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        return new ClusterUsers(file, securityJson(adminPassword, readerPassword));
    }

    /** The file with the passwords. */
    Path file() {
        return file;
    }

    /** The {@code security.json} the cluster reads from ZooKeeper. */
    String securityJson() {
        return securityJson;
    }

    /**
     * Unknown users are refused everything ({@code blockUnknown}). The reader's permissions are the ones
     * {@code serve} and {@code search} need: searches, real-time get and the suggester ({@code read}), the
     * Collections API's read-only actions ({@code collection-admin-read}) and the cores' sizes
     * ({@code core-admin-read}). Solr takes the first permission that matches a request, so {@code all} comes last.
     */
    private static String securityJson(String adminPassword, String readerPassword) {
        return """
                {
                  "authentication": {
                    "class": "solr.BasicAuthPlugin",
                    "blockUnknown": true,
                    "credentials": {"%s": "%s", "%s": "%s"}
                  },
                  "authorization": {
                    "class": "solr.RuleBasedAuthorizationPlugin",
                    "user-role": {"%s": ["admin"], "%s": ["reader"]},
                    "permissions": [
                      {"name": "read", "role": ["admin", "reader"]},
                      {"name": "collection-admin-read", "role": ["admin", "reader"]},
                      {"name": "core-admin-read", "role": ["admin", "reader"]},
                      {"name": "all", "role": "admin"}
                    ]
                  }
                }
                """.formatted(ADMIN, Sha256AuthenticationProvider.getSaltedHashedValue(adminPassword),
                READER, Sha256AuthenticationProvider.getSaltedHashedValue(readerPassword), ADMIN, READER);
    }

    /** 144 random bits in URL-safe Base64: nothing a shell or a properties file would read differently. */
    private static String password() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
