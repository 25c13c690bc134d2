package newssearch.lucene;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

import newssearch.search.ProximityClause;

/**
 * The lift a plain query of several words gives hits whose words stand close together ({@link ProximityClause}),
 * applied to the best {@link #WINDOW} hits by the words alone instead of to every match, as Solr's rerank query
 * and Elasticsearch's rescore do. A sloppy phrase reads the positions of every document that holds the words: for
 * common words that was a third of a search's time, to reorder hits nobody pages to.
 *
 * <p>Within the window the scores are exactly those of the words and the proximity clause searched together
 * (a matched clause adds its score, as a boolean query's optional clause does), so the hits a person reads come in
 * the same order. A hit beyond the window keeps the score of its words; it could have been lifted into the window
 * only by the proximity clause. Hits past the window follow those in it whatever page is asked, so paging neither
 * repeats nor skips a hit.
 */
final class ProximityRescore {

    /** How many of the best hits by the words alone the proximity clause reorders. */
    static final int WINDOW = ProximityClause.RESCORED_HITS;

    private ProximityRescore() {
    }

    /** How many hits to collect by the words for a page that ends at {@code window}. */
    static int collect(int window) {
        return Math.max(window, WINDOW);
    }

    /**
     * The first {@code window} hits once the best {@link #WINDOW} of {@code byWords} are reordered with
     * {@code proximityQuery} added to their scores.
     */
    static TopDocs rescore(IndexSearcher searcher, TopDocs byWords, Query proximityQuery, int window)
            throws IOException {
        ScoreDoc[] all = byWords.scoreDocs;
        int reordered = Math.min(all.length, WINDOW);
        TopDocs best = new TopDocs(byWords.totalHits, Arrays.copyOf(all, reordered));
        ScoreDoc[] lifted = QueryRescorer.rescore(searcher, best, proximityQuery, 1, reordered).scoreDocs;
        ScoreDoc[] merged = new ScoreDoc[Math.min(all.length, window)];
        for (int i = 0; i < merged.length; i++) {
            merged[i] = i < reordered ? lifted[i] : all[i];
        }
        return new TopDocs(byWords.totalHits, merged);
    }
}
