package newssearch.web;

import java.nio.file.Path;

/** {@link QuotesContract} on the embedded Lucene index. */
class QuotesApiTest extends QuotesContract {

    @Override
    protected TestBackend backend(Path work) {
        return new LuceneTestBackend(work.resolve("index"));
    }
}
