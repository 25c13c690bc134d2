package newssearch.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.embedded.SSLConfig;

/**
 * The certificate of a cluster started with {@code --tls}: one self-signed key pair for 127.0.0.1 and localhost,
 * made at start with the JDK's {@code keytool}, in a PKCS12 key store the nodes serve HTTPS with and a PKCS12 trust
 * store (password {@code changeit}) for their clients: the nodes themselves, news-search and curl.
 */
final class NodeCertificate {

    static final String TRUST_STORE_PASSWORD = "changeit";
    private static final String KEY_STORE_PASSWORD = "changeit";
    private static final String ALIAS = "solr-node";

    private final Path keyStore;
    private final Path trustStore;

    private NodeCertificate(Path keyStore, Path trustStore) {
        this.keyStore = keyStore;
        this.trustStore = trustStore;
    }

    /** Makes the key pair in {@code folder/keystore.p12} and its certificate alone in {@code folder/truststore.p12}. */
    static NodeCertificate create(Path folder) throws IOException, InterruptedException {
        Path keyStore = folder.resolve("keystore.p12");
        Path certificate = folder.resolve("node.crt");
        Path trustStore = folder.resolve("truststore.p12");
        keytool("-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30",
                "-dname", "CN=localhost, O=news-search local SolrCloud", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-keystore", keyStore.toString(), "-storetype", "PKCS12", "-storepass", KEY_STORE_PASSWORD);
        keytool("-exportcert", "-alias", ALIAS, "-keystore", keyStore.toString(), "-storepass", KEY_STORE_PASSWORD,
                "-rfc", "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", ALIAS, "-file", certificate.toString(),
                "-keystore", trustStore.toString(), "-storetype", "PKCS12", "-storepass", TRUST_STORE_PASSWORD);
        return new NodeCertificate(keyStore, trustStore);
    }

    Path trustStore() {
        return trustStore;
    }

    /** HTTPS for Jetty, without client certificates: clients prove who they are with Basic authentication. */
    SSLConfig sslConfig() {
        return new SSLConfig(true, false, keyStore.toString(), KEY_STORE_PASSWORD, trustStore.toString(),
                TRUST_STORE_PASSWORD);
    }

    /**
     * Makes this JVM trust the certificate: the nodes ask each other over HTTPS with Solr's HTTP clients, which
     * read the JDK's {@code javax.net.ssl} properties. Runs before any of them is made.
     */
    void trustInThisJvm() {
        System.setProperty("javax.net.ssl.trustStore", trustStore.toString());
        System.setProperty("javax.net.ssl.trustStorePassword", TRUST_STORE_PASSWORD);
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool " + args[0] + " failed: " + output.strip());
        }
    }
}
