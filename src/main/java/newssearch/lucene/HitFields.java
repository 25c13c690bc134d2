package newssearch.lucene;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;

import newssearch.index.NewsSchema;

/**
 * What a result list shows of an item, read from its stored fields: id, title, lead, date, issuers, fields of work
 * and countries. The body (the largest field) is read only for a hit the highlighter needs it for.
 */
record HitFields(String id, String title, String lead, Optional<LocalDate> date, List<String> issuers,
        List<String> fieldsOfWork, List<String> countries) {

    /** The stored fields a hit shows. */
    static final Set<String> STORED = Set.of(NewsSchema.ID, NewsSchema.TITLE, NewsSchema.LEAD,
            NewsSchema.DATE_ISO, NewsSchema.ISSUER, NewsSchema.FIELD_OF_WORK, NewsSchema.COUNTRY);
    /** Those and the body, for a hit that is highlighted. */
    static final Set<String> STORED_AND_BODY = Stream.concat(STORED.stream(), Stream.of(NewsSchema.BODY))
            .collect(Collectors.toUnmodifiableSet());

    /** A hit's fields from its stored document, read with (at least) {@link #STORED}. */
    static HitFields of(Document doc) {
        String iso = doc.get(NewsSchema.DATE_ISO);
        return new HitFields(doc.get(NewsSchema.ID), doc.get(NewsSchema.TITLE), doc.get(NewsSchema.LEAD),
                iso == null ? Optional.empty() : Optional.of(LocalDate.parse(iso)),
                List.of(doc.getValues(NewsSchema.ISSUER)), List.of(doc.getValues(NewsSchema.FIELD_OF_WORK)),
                List.of(doc.getValues(NewsSchema.COUNTRY)));
    }
}
