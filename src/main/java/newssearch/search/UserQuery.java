package newssearch.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person typed in the search box, parsed once and for every engine: a small tree of words, phrases,
 * prefixes and groups of clauses that must, may or must not match. Each backend renders it in its own terms
 * ({@code LuceneQueries}, {@code SolrQueries}), analysing the words with the index's own analysis, so that
 * every form of the query language means the same on both. A node without a field is looked for in every
 * searched field ({@link SearchFields#BOOSTS}).
 */
public sealed interface UserQuery {

    /** Every item: the blank query, and the positive side of a query of exclusions only. */
    record All() implements UserQuery {
    }

    /** No item: a query with nothing left to search for once its syntax is set aside. */
    record Nothing(String reason) implements UserQuery {
    }

    /** One word as typed; the analysis may still make several terms of it ("co-operation", "2024-11"). */
    record Word(Optional<String> field, String text) implements UserQuery {
        public Word {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The plain words of a query, typed without operators: an item must hold at least as many of them as
     * {@code minimum} asks, each looked for in every searched field, and ranks higher the more it holds.
     */
    record Words(List<String> words, MinimumMatch minimum) implements UserQuery {
        public Words {
            words = List.copyOf(words);
            Objects.requireNonNull(minimum, "minimum");
        }
    }

    /** Words that must stand together in this order, or within {@code slop} positions of it. */
    record Phrase(Optional<String> field, String text, int slop) implements UserQuery {
        public Phrase {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Words starting with {@code prefix} ({@code train*}). */
    record Prefix(Optional<String> field, String prefix) implements UserQuery {
        public Prefix {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(prefix, "prefix");
        }
    }

    /**
     * The words of a plain query near each other in title, lead and body: an optional clause whose score grows
     * as the words come closer, so that the exact phrase lifts a hit most.
     */
    record Proximity(String text, int slop) implements UserQuery {
        public Proximity {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Clauses that together decide a match, as in a boolean query. */
    record Group(List<Clause> clauses) implements UserQuery {
        public Group {
            clauses = List.copyOf(clauses);
        }
    }

    /** One part of a {@link Group} and whether it must, may or must not match. */
    record Clause(Occur occur, UserQuery query) {
        public Clause {
            Objects.requireNonNull(occur, "occur");
            Objects.requireNonNull(query, "query");
        }
    }

    /** How a clause takes part in its group's match. */
    enum Occur {
        MUST, SHOULD, MUST_NOT
    }
}
