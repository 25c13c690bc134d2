package newssearch.web;

import java.nio.file.Path;

/** {@link SearchModesContract} on the embedded index. */
class SearchModesApiTest extends SearchModesContract {

    @Override
    protected TestBackend backend(Path work) {
        return new LuceneTestBackend(work.resolve("index"));
    }
}
