package newssearch.web;

import java.nio.file.Path;

/** {@link SearchApiContract} on the embedded Lucene index. */
class SearchApiTest extends SearchApiContract {

    @Override
    protected TestBackend backend(Path work) {
        return new LuceneTestBackend(work.resolve("index"));
    }
}
