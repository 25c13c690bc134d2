package newssearch.item.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import newssearch.item.text.Resources;

/**
 * Roles read as offices: "OSCE Representative on Freedom of the Media" and "Representative on Freedom of the
 * Media" are one office, so are "Head of the OSCE Centre in Ashgabat" and "Head of the Centre in Ashgabat"; "the
 * OSCE Representative" is that office when the item says which. The forms, short forms and signs are data
 * ({@code offices.txt}); the offices are named as the site names its bodies.
 */
public final class Offices {

    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern OPERATION_NOUN = Pattern.compile("^(.*?) (?:in|to) .*$");
    private static final Offices BUNDLED = load(Resources.lines("offices.txt"),
            Resources.lines("field-operations.txt").stream().map(line -> line.split("=", 2)[0].strip()).toList());

    /** Office by the normal form of each of its forms. */
    private final Map<String, String> forms;
    /** The offices a short form may stand for, by the short form's normal form, in the order listed. */
    private final Map<String, List<String>> shortForms;
    /** The texts by which an item says which office, by office, normal forms. */
    private final Map<String, List<String>> signs;

    private Offices(Map<String, String> forms, Map<String, List<String>> shortForms, Map<String, List<String>> signs) {
        this.forms = Map.copyOf(forms);
        this.shortForms = Map.copyOf(shortForms);
        this.signs = Map.copyOf(signs);
    }

    /** The offices of {@code offices.txt}, with the posts of every field operation. */
    public static Offices bundled() {
        return BUNDLED;
    }

    static Offices load(List<String> lines, List<String> operations) {
        Map<String, String> forms = new LinkedHashMap<>();
        Map<String, List<String>> shortForms = new LinkedHashMap<>();
        Map<String, List<String>> signs = new LinkedHashMap<>();
        for (String line : lines) {
            String kind = line.matches("^(short|sign|post):.*") ? line.substring(0, line.indexOf(':')) : "";
            String[] sides = line.substring(kind.isEmpty() ? 0 : kind.length() + 1).split("=", 2);
            String left = sides[0].strip();
            List<String> right = sides.length < 2 ? List.of()
                    : List.of(sides[1].split("\\|")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            boolean perOperation = left.contains("{operation}") || left.contains("{noun}");
            for (String operation : perOperation ? operations : List.of("")) {
                Matcher noun = OPERATION_NOUN.matcher(operation);
                String nounText = noun.matches() ? noun.group(1) : operation;
                String office = put(left, operation, nounText);
                List<String> others = right.stream().map(form -> put(form, operation, nounText)).toList();
                switch (kind) {
                    case "short" -> others.forEach(o -> addOnce(shortForms.computeIfAbsent(normal(office),
                            k -> new ArrayList<>()), o));
                    case "sign" -> others.forEach(o -> addOnce(signs.computeIfAbsent(office, k -> new ArrayList<>()),
                            normal(o)));
                    default -> {
                        forms.putIfAbsent(normal(office), office);
                        others.forEach(form -> forms.putIfAbsent(normal(form), office));
                        List<String> officeSigns = signs.computeIfAbsent(office, k -> new ArrayList<>());
                        addOnce(officeSigns, normal(office));
                        others.forEach(form -> addOnce(officeSigns, normal(form)));
                        if (!operation.isEmpty()) {
                            addOnce(officeSigns, normal(operation));
                        }
                    }
                }
            }
        }
        return new Offices(forms, shortForms, signs);
    }

    private static String put(String pattern, String operation, String noun) {
        return pattern.replace("{operation}", operation).replace("{noun}", noun);
    }

    private static <T> void addOnce(List<T> list, T value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    /**
     * The office a role names, if it names one the data knows.
     *
     * @param role     the role as the item writes it
     * @param itemText the item's title, lead, body and issuers, where a short form finds which office it means
     */
    public Optional<String> officeOf(String role, String itemText) {
        return officeOf(role, () -> itemText);
    }

    /** As {@link #officeOf(String, String)}, asking for the item's text only when a short form needs it. */
    public Optional<String> officeOf(String role, Supplier<String> itemText) {
        String normal = normal(PARENTHESES.matcher(role).replaceAll(""));
        int comma = role.indexOf(',');
        String firstPart = comma > 0 ? normal(PARENTHESES.matcher(role.substring(0, comma)).replaceAll("")) : normal;
        for (String candidate : comma > 0 ? List.of(normal, firstPart) : List.of(normal)) {
            String office = forms.get(candidate);
            if (office != null) {
                return Optional.of(office);
            }
            List<String> meant = shortForms.get(candidate);
            if (meant != null) {
                return said(meant, normal(itemText.get()));
            }
        }
        return Optional.empty();
    }

    /** Of the offices a short form may mean, the one whose sign the item's text holds first. */
    private Optional<String> said(List<String> offices, String text) {
        String padded = " " + text + " ";
        String best = null;
        int first = Integer.MAX_VALUE;
        for (String office : offices) {
            for (String sign : signs.getOrDefault(office, List.of())) {
                int at = padded.indexOf(" " + sign + " ");
                if (at >= 0 && at < first) {
                    first = at;
                    best = office;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Folded words without a leading "the": "the OSCE Representative" gives "osce representative". */
    static String normal(String text) {
        String words = NOT_A_LETTER.matcher(PersonKey.fold(text)).replaceAll(" ").strip();
        return words.startsWith("the ") ? words.substring(4) : words;
    }
}
