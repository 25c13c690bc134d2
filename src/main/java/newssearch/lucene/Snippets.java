package newssearch.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import newssearch.index.NewsSchema;

/**
 * Highlights hits with Lucene's UnifiedHighlighter: matched words (stemmed forms too) in {@code <mark>}, all
 * other text HTML-escaped. The title is highlighted whole; the snippet is the best passages of lead and body,
 * each about {@link #PASSAGE_CHARS} characters.
 */
final class Snippets {

    static final int PASSAGE_CHARS = 160;
    private static final int MAX_PASSAGES = 2;
    private static final String ELLIPSIS = " … ";
    private static final Set<String> TITLE = Set.of(NewsSchema.TITLE);
    private static final Set<String> LEAD = Set.of(NewsSchema.LEAD);
    private static final Set<String> BODY = Set.of(NewsSchema.BODY);

    private final UnifiedHighlighter titles;
    private final UnifiedHighlighter passages;

    /** Highlights with the text read from the index. */
    Snippets(IndexSearcher searcher, Analyzer indexAnalyzer) {
        this(searcher, indexAnalyzer, Map.of());
    }

    /**
     * Highlights with the text of {@code loaded} (document number -> its stored fields, the highlighted ones
     * among them) where it has the hit: a hit's stored fields are then read once for the whole answer, not once
     * by the result list and once per highlighter, each read decompressing the block that holds it.
     */
    Snippets(IndexSearcher searcher, Analyzer indexAnalyzer, Map<Integer, Document> loaded) {
        DefaultPassageFormatter formatter = new DefaultPassageFormatter("<mark>", "</mark>", ELLIPSIS, true);
        this.titles = new LoadedTextHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(formatter)
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxNoHighlightPassages(0), loaded);
        this.passages = new LoadedTextHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(formatter)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ENGLISH), PASSAGE_CHARS, 0.5f))
                .withMaxNoHighlightPassages(0), loaded);
    }

    /** A field of each hit highlighted whole (a quotation's words); null where nothing matched. */
    String[] highlightWhole(String field, Query query, TopDocs hits) throws IOException {
        return titles.highlight(field, query, hits, 1);
    }

    /**
     * Highlighted titles and snippets of {@code hits}, in their order; null where nothing matched. Every hit
     * must match {@code query}. A hit's body is highlighted only when its lead has no match: a lead with one is
     * the whole snippet.
     */
    Highlights highlight(Query query, TopDocs hits) throws IOException {
        String[] titleHtml = titles.highlight(NewsSchema.TITLE, HighlightQuery.of(query, TITLE), hits, 1);
        String[] leads = passages.highlight(NewsSchema.LEAD, HighlightQuery.of(query, LEAD), hits, 1);
        String[] bodies = new String[hits.scoreDocs.length];
        List<Integer> withoutMatchInLead = new ArrayList<>();
        for (int i = 0; i < leads.length; i++) {
            if (leads[i] == null || !leads[i].contains("<mark>")) {
                withoutMatchInLead.add(i);
            }
        }
        if (!withoutMatchInLead.isEmpty()) {
            ScoreDoc[] rest = withoutMatchInLead.stream().map(i -> hits.scoreDocs[i]).toArray(ScoreDoc[]::new);
            String[] restBodies = passages.highlight(NewsSchema.BODY, HighlightQuery.of(query, BODY),
                    new TopDocs(hits.totalHits, rest), MAX_PASSAGES);
            for (int j = 0; j < rest.length; j++) {
                bodies[withoutMatchInLead.get(j)] = restBodies[j];
            }
        }
        String[] snippets = new String[hits.scoreDocs.length];
        for (int i = 0; i < snippets.length; i++) {
            List<String> parts = new ArrayList<>();
            if (leads[i] != null) {
                parts.add(leads[i].strip());
            }
            if (bodies[i] != null) {
                parts.add(bodies[i].strip());
            }
            snippets[i] = parts.isEmpty() ? null : String.join(ELLIPSIS, parts);
        }
        return new Highlights(titleHtml, snippets);
    }

    record Highlights(String[] titles, String[] snippets) {
    }

    /** A UnifiedHighlighter that takes a hit's text from the documents already loaded, when it has them. */
    private static final class LoadedTextHighlighter extends UnifiedHighlighter {
        private final Map<Integer, Document> loaded;

        LoadedTextHighlighter(Builder builder, Map<Integer, Document> loaded) {
            super(builder);
            this.loaded = loaded;
        }

        /** The searcher's merged field infos, which a reader keeps, instead of merging them for each highlighter. */
        @Override
        protected FieldInfo getFieldInfo(String field) {
            return searcher instanceof FacetedIndexSearcher faceted
                    ? faceted.fieldInfos().fieldInfo(field)
                    : super.getFieldInfo(field);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            StoredFields stored = null;
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document document = loaded.get(doc);
                if (document == null) {
                    stored = stored == null ? searcher.storedFields() : stored;
                    document = stored.document(doc, new HashSet<>(Arrays.asList(fields)));
                }
                CharSequence[] texts = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    // Joined as the highlighter joins the values of a multi-valued field itself.
                    texts[i] = String.join(String.valueOf(MULTIVAL_SEP_CHAR), document.getValues(fields[i]));
                }
                values.add(texts);
            }
            return values;
        }
    }
}
