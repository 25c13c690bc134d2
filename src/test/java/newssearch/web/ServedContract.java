package newssearch.web;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contract suite's set-up: the seed pages and the fixture pages indexed by one backend and served by the real
 * server. Each backend's test class names the backend; the suite's tests are the same for all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServedContract {

    /** Static, so that it is made before the per-class set-up; each suite gets its own. */
    @TempDir
    static Path work;

    protected TestServer server;

    /** The engine this run of the suite is answered by. */
    protected abstract TestBackend backend(Path work) throws Exception;

    /** Folders of pages a suite indexes besides the seeds and the shared fixtures; none unless it says. */
    protected List<Path> morePages() {
        return List.of();
    }

    @BeforeAll
    void start() throws Exception {
        server = TestServer.overSeedsAndFixtures(backend(work), work, morePages());
    }

    @AfterAll
    void stop() {
        server.close();
    }
}
