package newssearch.item.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The metadata block between the lead and the body, as the site writes it:
 * <pre>
 * - Issued on:
 * - 23 November 2018          (often missing)
 * - Issued by:
 * - OSCE Secretariat, Transnational Threats Department
 * - Fields of work:           (absent when the item has none)
 * - Countering terrorism
 * </pre>
 *
 * @param issuedOn the text under "Issued on:", if any ("23 November 2018")
 * @param length   how many article lines the block spans
 */
public record MetadataBlock(Optional<String> issuedOn, List<String> issuers, List<String> fieldsOfWork, int length) {

    private static final MetadataBlock EMPTY = new MetadataBlock(Optional.empty(), List.of(), List.of(), 0);

    private enum Key { ISSUED_ON, ISSUED_BY, FIELDS_OF_WORK }

    public MetadataBlock {
        Objects.requireNonNull(issuedOn, "issuedOn");
        issuers = List.copyOf(issuers);
        fieldsOfWork = List.copyOf(fieldsOfWork);
    }

    public static MetadataBlock empty() {
        return EMPTY;
    }

    /** Whether {@code line} opens a metadata block. */
    public static boolean isKeyLine(String line) {
        return key(line).isPresent();
    }

    /** Reads the block that starts at {@code lines.get(start)}, which must be a key line. */
    public static MetadataBlock read(List<String> lines, int start) {
        String issuedOn = null;
        List<String> issuers = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        Key current = null;
        int i = start;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<Key> key = key(line);
            if (key.isPresent()) {
                current = key.get();
                continue;
            }
            if (current == null || !line.startsWith("- ")) {
                break;
            }
            String value = line.substring(2).strip();
            switch (current) {
                case ISSUED_ON -> issuedOn = issuedOn == null ? value : issuedOn;
                case ISSUED_BY -> addOnce(issuers, value);
                case FIELDS_OF_WORK -> addOnce(fields, value);
            }
        }
        return new MetadataBlock(Optional.ofNullable(issuedOn), issuers, fields, i - start);
    }

    private static void addOnce(List<String> values, String value) {
        if (!value.isEmpty() && !values.contains(value)) {
            values.add(value);
        }
    }

    private static Optional<Key> key(String line) {
        if (!line.startsWith("-")) {
            return Optional.empty();
        }
        String name = line.substring(1).strip().toLowerCase(Locale.ROOT);
        if (!name.endsWith(":")) {
            return Optional.empty();
        }
        return switch (name.substring(0, name.length() - 1).strip()) {
            case "issued on" -> Optional.of(Key.ISSUED_ON);
            case "issued by" -> Optional.of(Key.ISSUED_BY);
            case "fields of work", "field of work" -> Optional.of(Key.FIELDS_OF_WORK);
            default -> Optional.empty();
        };
    }
}
