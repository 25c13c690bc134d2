package newssearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newssearch.lucene.LuceneBackend;

/**
 * SIGTERM to a real {@code serve} process while clients keep searching: every request the server took is
 * answered whole, and the process exits 0.
 */
class ShutdownTest {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");
    private static final int CLIENTS = 4;

    @TempDir
    Path work;

    @Test
    void sigtermAnswersTheRequestsUnderWayAndExitsZero() throws Exception {
        Path index = work.resolve("index");
        LuceneBackend.index(Path.of("seeds"), index, false);
        Path log = work.resolve("serve.log");
        Process server = CommandRun.inChildProcess("serve", "--index", index.toString(), "--port", "0")
                .redirectError(log.toFile())
                .start();
        try {
            int port = awaitPort(server);
            Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> broken = new ConcurrentLinkedQueue<>();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Thread client = new Thread(() -> {
                    while (server.isAlive()) {
                        String outcome = search(port, "/api/search?q=osce+critical+infrastructure");
                        outcomes.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
                        if (!outcome.equals("200") && !outcome.equals("not taken") && !outcome.equals("503")) {
                            broken.add(outcome);
                        }
                    }
                });
                client.start();
                clients.add(client);
            }
            for (int tries = 0; tries < 3000 && count(outcomes, "200") < 50; tries++) {
                Thread.sleep(10);
            }
            int answeredBefore = count(outcomes, "200");
            server.destroy();
            assertTrue(server.waitFor(15, TimeUnit.SECONDS), "serve did not stop after SIGTERM");
            for (Thread client : clients) {
                client.join();
            }

            assertEquals(0, server.exitValue(), Files.readString(log));
            assertTrue(answeredBefore >= 50, "the clients were not answered before the stop: " + outcomes);
            assertEquals(List.of(), List.copyOf(broken), "outcomes: " + outcomes);
            assertTrue(Files.readString(log).contains("stopped"), Files.readString(log));
        } finally {
            server.destroyForcibly();
        }
    }

    /** Reads the port from the line {@code serve} prints once it listens. */
    private static int awaitPort(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                return Integer.parseInt(listening.group(1));
            }
        }
        throw new IOException("serve ended before it listened, exit " + server.exitValue());
    }

    /**
     * One request on its own connection: "200" (or another status) when a whole answer came back, "not taken"
     * when the server took no part in it (refused, or closed before a byte of an answer), else what broke.
     */
    private static String search(int port, String pathAndQuery) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            } catch (IOException e) {
                return answer.size() == 0 ? "not taken" : "answer cut by " + e;
            }
            return answer.size() == 0 ? "not taken" : whole(answer.toString(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return e.getMessage() != null && (e.getMessage().contains("Connection refused")
                    || e.getMessage().contains("Connection reset")) ? "not taken" : e.toString();
        }
    }

    /** The status when the answer is whole (its body as long as Content-Length says), else what is wrong. */
    private static String whole(String answer) {
        int headerEnd = answer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return "headers cut: " + answer;
        }
        String status = answer.substring(9, 12);
        Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(answer.substring(0, headerEnd));
        if (length.find()) {
            int expected = Integer.parseInt(length.group(1));
            int got = answer.length() - headerEnd - 4;
            return got == expected ? status : status + " with a body cut at " + got + " of " + expected + " bytes";
        }
        return answer.endsWith("0\r\n\r\n") ? status : status + " with a chunked body cut short";
    }

    private static int count(Map<String, AtomicInteger> outcomes, String outcome) {
        AtomicInteger n = outcomes.get(outcome);
        return n == null ? 0 : n.get();
    }
}
