package newssearch.lucene;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.util.BitSet;

import newssearch.index.NewsSchema;

/**
 * How an item's documents lie in the index: the documents of its quotations, in the item's order, then the item's
 * own, written as one block, which Lucene keeps together and in order through every merge as long as the index is
 * not sorted and a block is deleted whole (by {@link NewsSchema#ITEM_REF}, as the index sink does). A quotation's
 * document finds its item, and its place among the item's quotations, from where the item documents stand, and a
 * query on items reaches their quotations (Lucene's block join), without a quotation storing its words, its item's
 * id or its item's title.
 */
final class ItemBlocks {

    /** Every item's document: an item is the last document of its block. */
    static final Query ITEMS = new TermQuery(new Term(NewsSchema.KIND, NewsSchema.KIND_ITEM));
    /**
     * The item documents of a segment, computed once per segment and kept with it. Deleted ones too: a deleted
     * block's item still ends that block, so the next block's quotations are counted from after it.
     */
    private static final BitSetProducer ITEM_DOCS = new QueryBitSetProducer(ITEMS);

    /** Where a quotation's document stands: its item's document and the quotation's place among the item's. */
    record QuotePlace(int itemDoc, int ordinal) {
    }

    private ItemBlocks() {
    }

    /** The quotations of the items {@code itemQuery} matches, each scored as its item. */
    static Query quotationsOf(Query itemQuery) {
        Query items = new BooleanQuery.Builder()
                .add(itemQuery, BooleanClause.Occur.MUST)
                .add(ITEMS, BooleanClause.Occur.FILTER)
                .build();
        return new ToChildBlockJoinQuery(items, ITEM_DOCS);
    }

    /** Where the quotation of document {@code quoteDoc} (a top-level document number of {@code reader}) stands. */
    static QuotePlace place(IndexReader reader, int quoteDoc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(quoteDoc, leaves));
        BitSet items = ITEM_DOCS.getBitSet(leaf);
        int doc = quoteDoc - leaf.docBase;
        int item = items == null ? DocIdSetIterator.NO_MORE_DOCS : items.nextSetBit(doc);
        if (item == DocIdSetIterator.NO_MORE_DOCS || item == doc) {
            throw new IllegalStateException("document " + quoteDoc + " is no quotation before its item");
        }
        int first = doc == 0 ? 0 : items.prevSetBit(doc - 1) + 1;
        return new QuotePlace(leaf.docBase + item, doc - first);
    }
}
