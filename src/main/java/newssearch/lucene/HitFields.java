package newssearch.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;

import newssearch.index.NewsSchema;

/**
 * What a result list shows of an item, read from its stored fields without the body (the largest field, which
 * a hit never shows): id, title, lead, date, issuers, fields of work and countries.
 */
record HitFields(String id, String title, String lead, Optional<LocalDate> date, List<String> issuers,
        List<String> fieldsOfWork, List<String> countries) {

    private static final Set<String> STORED = Set.of(NewsSchema.ID, NewsSchema.TITLE, NewsSchema.LEAD,
            NewsSchema.DATE_ISO, NewsSchema.ISSUER, NewsSchema.FIELD_OF_WORK, NewsSchema.COUNTRY);

    static HitFields read(StoredFields stored, int docId) throws IOException {
        Document doc = stored.document(docId, STORED);
        String iso = doc.get(NewsSchema.DATE_ISO);
        return new HitFields(doc.get(NewsSchema.ID), doc.get(NewsSchema.TITLE), doc.get(NewsSchema.LEAD),
                iso == null ? Optional.empty() : Optional.of(LocalDate.parse(iso)),
                List.of(doc.getValues(NewsSchema.ISSUER)), List.of(doc.getValues(NewsSchema.FIELD_OF_WORK)),
                List.of(doc.getValues(NewsSchema.COUNTRY)));
    }
}
