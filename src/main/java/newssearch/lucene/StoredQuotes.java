package newssearch.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.BytesRef;

import newssearch.index.NewsSchema;
import newssearch.index.StoredValues;
import newssearch.item.Quote;

/**
 * An item's quotations as its document stores them. A quotation is nearly always words of the body as they stand,
 * and the document stores the body already: such a quotation is stored as where its words stand there (their
 * offset and length, then the speaker), a few bytes instead of the words again. One whose words stand nowhere in
 * the body as one piece (a quotation over several paragraphs is joined with a space) is stored as its words, as
 * {@link StoredValues#quote} writes them.
 */
final class StoredQuotes {

    private StoredQuotes() {
    }

    /** The stored field of {@code quote}, of an item whose stored body is {@code body}. */
    static StoredField field(Quote quote, String body) {
        int offset = body.indexOf(quote.text());
        if (offset < 0) {
            return new StoredField(NewsSchema.QUOTES, StoredValues.quote(quote));
        }
        byte[] speaker = quote.speaker().orElse("").getBytes(StandardCharsets.UTF_8);
        // Three variable-length numbers of at most five bytes each (offset, length, the name's length), the name:
        // the name as readString reads it.
        byte[] bytes = new byte[3 * 5 + speaker.length];
        ByteArrayDataOutput out = new ByteArrayDataOutput(bytes);
        try {
            out.writeVInt(offset);
            out.writeVInt(quote.text().length());
            out.writeVInt(speaker.length);
            out.writeBytes(speaker, speaker.length);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to an array of bytes", e);
        }
        return new StoredField(NewsSchema.QUOTES, new BytesRef(bytes, 0, out.getPosition()));
    }

    /** The quotation {@code stored} holds, of the item whose stored body is {@code body}. */
    static Quote read(IndexableField stored, String body) {
        BytesRef bytes = stored.binaryValue();
        if (bytes == null) {
            return StoredValues.quote(stored.stringValue());
        }
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        try {
            int offset = in.readVInt();
            int length = in.readVInt();
            String speaker = in.readString();
            return new Quote(body.substring(offset, offset + length), Optional.of(speaker).filter(s -> !s.isEmpty()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading an array of bytes", e);
        }
    }
}
