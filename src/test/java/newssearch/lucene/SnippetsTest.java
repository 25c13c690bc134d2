package newssearch.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import newssearch.index.NewsSchema;

class SnippetsTest {

    @Test
    void textAlreadyLoadedHighlightsAsTheTextReadFromTheIndex() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LuceneSchema.indexAnalyzer()))) {
                writer.addDocument(NewsDocuments.toDocument(TestItems.item("a").title("Observers in Tbilisi")
                        .lead("The mission's observers met voters.")
                        .body("Observers visited polling stations.", "They reported calm voting.").build(), "h1"));
                writer.addDocument(NewsDocuments.toDocument(TestItems.item("b").title("Elections")
                        .lead("A report on the vote.").body("Long-term observers stay for weeks.").build(), "h2"));
                writer.addDocument(NewsDocuments.toDocument(TestItems.item("c").title("Observers trained")
                        .lead("Training.").body("Nothing else.").build(), "h3"));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query query = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(NewsSchema.TITLE, "observ")), BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term(NewsSchema.LEAD, "observ")), BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term(NewsSchema.BODY, "observ")), BooleanClause.Occur.SHOULD)
                        .build();
                TopDocs hits = searcher.search(query, 10);
                // Two of the three hits loaded: the third is read from the index by the highlighter itself.
                Map<Integer, Document> loaded = Map.of(
                        hits.scoreDocs[0].doc, reader.storedFields().document(hits.scoreDocs[0].doc),
                        hits.scoreDocs[1].doc, reader.storedFields().document(hits.scoreDocs[1].doc));

                Snippets.Highlights fromIndex = new Snippets(searcher, LuceneSchema.indexAnalyzer()).highlight(query, hits);
                Snippets.Highlights fromLoaded = new Snippets(searcher, LuceneSchema.indexAnalyzer(), loaded)
                        .highlight(query, hits);

                assertArrayEquals(fromIndex.titles(), fromLoaded.titles());
                assertArrayEquals(fromIndex.snippets(), fromLoaded.snippets());
                assertTrue(String.join(" ", fromLoaded.snippets()).contains("<mark>observers</mark>"),
                        String.join(" | ", fromLoaded.snippets()));
            }
        }
    }
}
