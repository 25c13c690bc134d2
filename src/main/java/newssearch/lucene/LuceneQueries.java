package newssearch.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import newssearch.index.NewsSchema;
import newssearch.search.SearchFields;
import newssearch.search.UserQuery;

/**
 * Renders a {@link UserQuery} as a Lucene query, analysing its words as the classic query parser would: each
 * word a term (or a phrase, when the analysis makes several terms of it), looked for in every searched field
 * with that field's boost; a prefix normalised (case, diacritics) but not stemmed.
 */
final class LuceneQueries extends QueryBuilder {

    LuceneQueries(Analyzer queryAnalyzer) {
        super(queryAnalyzer);
        setAutoGenerateMultiTermSynonymsPhraseQuery(false);
    }

    /** The Lucene query over these fields; a query whose words are all stop words matches nothing. */
    Query render(UserQuery query, SearchFields fields) {
        Query rendered = node(query, fields);
        return rendered == null ? new MatchNoDocsQuery("only stop words") : rendered;
    }

    /** The query, or null when analysis leaves nothing of it (stop words), as a clause the group drops. */
    private Query node(UserQuery query, SearchFields fields) {
        return switch (query) {
            case UserQuery.All all -> new MatchAllDocsQuery();
            case UserQuery.Nothing nothing -> new MatchNoDocsQuery(nothing.reason());
            case UserQuery.Word word -> perField(fields, word.field(), field -> text(field, word.text(), 0));
            case UserQuery.Phrase phrase -> perField(fields, phrase.field(), field -> text(field, phrase.text(), phrase.slop()));
            case UserQuery.Prefix prefix -> perField(fields, prefix.field(), field -> prefix(field, prefix.prefix()));
            case UserQuery.Proximity near -> proximity(near, fields);
            case UserQuery.Group group -> group(group, fields);
            case UserQuery.Words words -> words(words, fields);
        };
    }

    /**
     * Each word in every searched field, as many words required as the minimum match asks of those the analysis
     * leaves (a stop word is no clause), as Solr's eDisMax counts them; an item with every word is lifted by
     * {@link SearchFields#ALL_WORDS_BONUS}.
     */
    private Query words(UserQuery.Words words, SearchFields fields) {
        List<Query> clauses = new ArrayList<>();
        for (String word : words.words()) {
            Query query = perField(fields, Optional.empty(), field -> text(field, word, 0));
            if (query != null) {
                clauses.add(query);
            }
        }
        if (clauses.isEmpty()) {
            return null;
        }
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        BooleanQuery.Builder some = new BooleanQuery.Builder();
        clauses.forEach(query -> some.add(query, BooleanClause.Occur.SHOULD));
        some.setMinimumNumberShouldMatch(words.minimum().required(clauses.size()));
        // Items with every word come first, in their own order: a constant keeps the proximity's lift among them.
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        clauses.forEach(query -> all.add(query, BooleanClause.Occur.MUST));
        return new BooleanQuery.Builder()
                .add(some.build(), BooleanClause.Occur.MUST)
                .add(new BoostQuery(new ConstantScoreQuery(all.build()), SearchFields.ALL_WORDS_BONUS),
                        BooleanClause.Occur.SHOULD)
                .build();
    }

    private Query text(String field, String text, int slop) {
        // Every word is its own phrase when the analysis splits it ("2024-11"), as with auto-generated phrases.
        return createFieldQuery(getAnalyzer(), BooleanClause.Occur.MUST, field, text, true, slop);
    }

    private Query prefix(String field, String prefix) {
        BytesRef normalized = getAnalyzer().normalize(field, prefix);
        return new PrefixQuery(new Term(field, normalized));
    }

    private interface FieldQuery {
        Query of(String field);
    }

    /**
     * A named field alone, or every searched field with its boost, any of which may match. A quotation's document
     * has no title: {@code title:} finds the quotations of the items whose title matches.
     */
    private static Query perField(SearchFields fields, Optional<String> named, FieldQuery fieldQuery) {
        if (named.isPresent()) {
            Query query = fieldQuery.of(named.get());
            boolean itemsTitle = fields.equals(SearchFields.QUOTES) && named.get().equals(NewsSchema.TITLE);
            return query != null && itemsTitle ? ItemBlocks.quotationsOf(query) : query;
        }
        List<Query> perField = new ArrayList<>();
        for (String field : fields.searched()) {
            Query query = fieldQuery.of(field);
            if (query != null) {
                perField.add(new BoostQuery(query, fields.boost(field)));
            }
        }
        if (perField.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        perField.forEach(query -> any.add(query, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private Query proximity(UserQuery.Proximity near, SearchFields fields) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean some = false;
        for (String field : fields.proximity()) {
            Query phrase = createPhraseQuery(field, near.text(), near.slop());
            if (phrase != null) {
                any.add(new BoostQuery(phrase, SearchFields.PROXIMITY_BOOST * fields.boost(field)),
                        BooleanClause.Occur.SHOULD);
                some = true;
            }
        }
        return some ? any.build() : null;
    }

    private Query group(UserQuery.Group group, SearchFields fields) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        boolean some = false;
        for (UserQuery.Clause clause : group.clauses()) {
            Query query = node(clause.query(), fields);
            if (query != null) {
                builder.add(query, switch (clause.occur()) {
                    case MUST -> BooleanClause.Occur.MUST;
                    case SHOULD -> BooleanClause.Occur.SHOULD;
                    case MUST_NOT -> BooleanClause.Occur.MUST_NOT;
                });
                some = true;
            }
        }
        return some ? builder.build() : null;
    }
}
