package newssearch.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Objects;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The certificates that the cluster's nodes are verified against instead of the JVM's own trust store: a PKCS12 or
 * JKS file and its password (empty when it has none). Host names are checked all the same. Its
 * {@link #toString()} leaves the password out.
 */
public record SolrTrustStore(Path file, String password) {

    public SolrTrustStore {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(password, "password");
    }

    /** A TLS context that trusts the certificates in the file and nothing else. */
    SSLContext sslContext() throws IOException {
        KeyStore store = load();
        try {
            if (store.size() == 0) {
                throw new IOException("--solr-truststore " + file + " holds no certificate: give the trust store "
                        + "that holds the cluster's certificate");
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("--solr-truststore " + file + " cannot be used (" + e.getMessage() + ")", e);
        }
    }

    private KeyStore load() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "is not a file (--solr-truststore)");
        }
        try {
            // KeyStore.getInstance(File, ...) tells PKCS12 from JKS by the file's content.
            return KeyStore.getInstance(file.toFile(), password.isEmpty() ? null : password.toCharArray());
        } catch (GeneralSecurityException | IOException e) {
            throw new IOException("--solr-truststore " + file + " cannot be read as a PKCS12 or JKS trust store ("
                    + e.getMessage() + "): check the file, and its password in NEWSSEARCH_SOLR_TRUSTSTORE_PASSWORD",
                    e);
        }
    }

    @Override
    public String toString() {
        return "SolrTrustStore[file=" + file + "]";
    }
}
