package newssearch.web;

import java.nio.file.Path;

/** {@link PeopleContract} on the embedded Lucene index. */
class PeopleApiTest extends PeopleContract {

    @Override
    protected TestBackend backend(Path work) {
        return new LuceneTestBackend(work.resolve("index"));
    }
}
