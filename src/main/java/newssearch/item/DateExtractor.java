package newssearch.item;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an item's publishing date, trying the evidence from the most to the least trustworthy:
 * <ol>
 *   <li>the "Issued on:" line of the metadata block ({@code - 23 November 2018});</li>
 *   <li>a dateline opening the lead or body ({@code VIENNA, 31 May 2017 –});</li>
 *   <li>the first full date in the article ({@code on 31 May 2017}, {@code May 31, 2017});</li>
 *   <li>a day and month without a year ({@code on 1 and 2 April}, {@code From 9 to 12 December},
 *       {@code SARAJEVO, 25 May –}), whose year is the first year the article names, else the
 *       chairpersonship year of the navigation (the year the page was saved);</li>
 *   <li>else no date.</li>
 * </ol>
 */
final class DateExtractor {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTH
            + ",? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2}), (\\d{4})\\b");
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{L} ./'’-]*(?:, [\\p{L} .'-]+)?,\\s+"
            + "(\\d{1,2}) " + MONTH + "(?:,? (\\d{4}))?\\s*[–—-]");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:[Oo]n|[Ff]rom|[Bb]etween|[Ss]ince|[Uu]ntil)"
            + " (\\d{1,2})(?:(?: and| to|-|–) \\d{1,2})? " + MONTH + "\\b(?!,? \\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    private static final Pattern CHAIRPERSONSHIP_YEAR = Pattern.compile("OSCE Chairpersonship (\\d{4})");

    private DateExtractor() {
    }

    static ItemDate extract(ArticleLayout layout, List<String> navigation) {
        Optional<LocalDate> issued = layout.metadata().issuedOn().flatMap(DateExtractor::fullDate);
        if (issued.isPresent()) {
            return ItemDate.of(issued.get(), DateSource.METADATA);
        }
        String text = String.join("\n", articleText(layout));
        Optional<String> opening = articleText(layout).stream().findFirst();
        Matcher dateline = opening.map(DATELINE::matcher).filter(Matcher::find).orElse(null);
        if (dateline != null && dateline.group(3) != null) {
            Optional<LocalDate> date = date(dateline.group(3), dateline.group(2), dateline.group(1));
            if (date.isPresent()) {
                return ItemDate.of(date.get(), DateSource.DATELINE);
            }
        }
        Optional<LocalDate> full = fullDate(text);
        if (full.isPresent()) {
            return ItemDate.of(full.get(), DateSource.TEXT);
        }
        Optional<String> year = firstMatch(YEAR, text).or(() -> firstMatch(CHAIRPERSONSHIP_YEAR,
                String.join("\n", navigation)));
        if (year.isEmpty()) {
            return ItemDate.none();
        }
        if (dateline != null) {
            return date(year.get(), dateline.group(2), dateline.group(1))
                    .map(d -> ItemDate.of(d, DateSource.INFERRED_YEAR)).orElse(ItemDate.none());
        }
        Matcher partial = DAY_MONTH.matcher(text);
        if (partial.find()) {
            return date(year.get(), partial.group(2), partial.group(1))
                    .map(d -> ItemDate.of(d, DateSource.INFERRED_YEAR)).orElse(ItemDate.none());
        }
        return ItemDate.none();
    }

    /** The first full date in {@code text}, day-month-year or month-day-year. */
    static Optional<LocalDate> fullDate(String text) {
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        boolean hasDmy = dmy.find();
        boolean hasMdy = mdy.find();
        if (hasDmy && (!hasMdy || dmy.start() <= mdy.start())) {
            return date(dmy.group(3), dmy.group(2), dmy.group(1));
        }
        if (hasMdy) {
            return date(mdy.group(3), mdy.group(1), mdy.group(2));
        }
        return Optional.empty();
    }

    private static List<String> articleText(ArticleLayout layout) {
        List<String> paragraphs = new java.util.ArrayList<>();
        if (!layout.lead().isEmpty()) {
            paragraphs.add(layout.lead());
        }
        paragraphs.addAll(layout.body());
        return paragraphs;
    }

    private static Optional<String> firstMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year),
                    Month.valueOf(month.toUpperCase(Locale.ROOT)), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
