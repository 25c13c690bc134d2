package newssearch.web;

import java.nio.file.Path;

/** {@link QueryLanguageContract} on the embedded Lucene index. */
class QueryLanguageApiTest extends QueryLanguageContract {

    @Override
    protected TestBackend backend(Path work) {
        return new LuceneTestBackend(work.resolve("index"));
    }
}
