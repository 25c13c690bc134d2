package newssearch.item.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import newssearch.item.DateSource;
import newssearch.item.ItemDate;
import newssearch.item.layout.ArticleLayout;

/**
 * Finds an item's publishing date, trying the evidence from the most to the least trustworthy:
 * <ol>
 *   <li>the "Issued on:" line of the metadata block ({@code - 23 November 2018});</li>
 *   <li>a dateline with a year opening the lead ({@code VIENNA, 31 May 2017 –});</li>
 *   <li>a dateline without a year ({@code SARAJEVO, 25 May –}): the site writes the publishing day there, so it
 *       beats the dates of reported events; its year is inferred as in the last step;</li>
 *   <li>the first full date in the lead or body ({@code On 22 November 2024}, {@code on 4 and 5 October 2022}
 *       gives the first day, {@code May 31, 2017}), but not a span inside a sentence ({@code a course held from
 *       11 to 22 September 2023}) nor a day still to come ({@code the vote, scheduled for 10 January 2021});</li>
 *   <li>the first day and month without a year in the lead ({@code on 1 and 2 April}, {@code From 9 to 12
 *       December}, but not the span of an event inside a sentence, {@code a course held from 15 to 17 November},
 *       nor a day in the body, which is a reported or planned event's), with
 *       the year of the OSCE Chairpersonship that the page's navigation marks
 *       ({@code - Finland – OSCE Chairpersonship 2025}), else the latest year the article names;</li>
 *   <li>else no date: never the day the page was read.</li>
 * </ol>
 */
public final class DateExtractor {

    private static final String MONTH = "(" + DatelineParser.MONTH + ")";
    private static final String RANGE = "(?:\\s*(?:and|to|-|–|—)\\s*\\d{1,2})?";
    /*
     * Each pattern opens with a look-ahead for the one character its match can start with: these patterns are
     * tried at every position of the article, and the look-ahead turns a position down sooner than the word
     * boundary and the alternatives after it do. It matches nothing the pattern would not.
     */
    /** "4 and 5 October 2022", "30 September to 2 October 2022": the first day, with its own month if written. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?=\\d)\\b(\\d{1,2})(?:\\s+" + MONTH + ")?"
            + RANGE + "\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?=[JFMASOND])\\b" + MONTH
            + "\\s+(\\d{1,2}),\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("(?=\\d)\\b(\\d{1,2})(?:\\s+" + MONTH + ")?" + RANGE
            + "\\s+" + MONTH + "\\b(?!,?\\s+\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?=[12])\\b(19[5-9]\\d|20\\d\\d)\\b");
    private static final String FROM = "from ";
    /** "the election scheduled for 10 January 2021", "a review planned for 3 May 2024": a day still to come. */
    private static final Pattern PLANNED = Pattern.compile(
            "\\b(?:scheduled|planned|due|set|expected|postponed|until)(?:\\s+(?:for|on|to|in))?\\s+$");
    /** How far before a date the words that make it a planned event's are looked for. */
    private static final int PLANNED_REACH = 30;
    private static final Pattern CHAIRPERSONSHIP_YEAR = Pattern.compile("OSCE Chairpersonship (\\d{4})");

    private DateExtractor() {
    }

    /** @param dateline the dateline opening the lead or body, if any */
    public static ItemDate extract(ArticleLayout layout, Optional<Dateline> dateline, List<String> navigation) {
        Optional<LocalDate> issued = layout.metadata().issuedOn().flatMap(DateExtractor::fullDate);
        if (issued.isPresent()) {
            return ItemDate.of(issued.get(), DateSource.METADATA);
        }
        String text = String.join("\n", layout.leadAndBody());
        if (dateline.isPresent()) {
            Dateline line = dateline.get();
            if (line.year().isPresent()) {
                return dated(line.day(), line.year().get(), DateSource.DATELINE);
            }
            return inferredYear(navigation, text).map(year -> dated(line.day(), year, DateSource.INFERRED_YEAR))
                    .orElse(ItemDate.none());
        }
        Optional<LocalDate> full = reportedDate(text);
        if (full.isPresent()) {
            return ItemDate.of(full.get(), DateSource.TEXT);
        }
        // "On 14 March, the OSCE Mission ...": the site writes the item's own day in the lead; a day in the body
        // is that of an event reported or planned ("a follow-up session is planned for 15 September")
        String lead = layout.leadAndBody().isEmpty() ? "" : layout.leadAndBody().get(0);
        Matcher partial = DAY_MONTH.matcher(lead);
        boolean found = partial.find();
        while (found && isEventSpan(lead, partial)) {
            found = partial.find();
        }
        if (found) {
            Optional<MonthDay> day = monthDay(firstMonth(partial.group(2), partial.group(3)), partial.group(1));
            Optional<Integer> year = inferredYear(navigation, text);
            if (day.isPresent() && year.isPresent()) {
                return dated(day.get(), year.get(), DateSource.INFERRED_YEAR);
            }
        }
        return ItemDate.none();
    }

    /**
     * "a course organized by the OSCE Centre in Ashgabat from 15 to 17 November": a span inside a sentence is
     * the reported event's, which the site writes up when it is over; opening the lead ("From 9 to 11 May, the
     * Mission ...") it is the item's own day.
     */
    private static boolean isEventSpan(String text, Matcher partial) {
        return partial.start() >= FROM.length() && text.startsWith(FROM, partial.start() - FROM.length())
                && text.substring(partial.start(), partial.end()).contains(" to ");
    }

    /**
     * The first full date in the article that may be its own: not a span inside a sentence, which is a reported
     * event's ("The course, held from 11 to 22 September 2023, ..."), nor a day still to come ("the election,
     * scheduled for 10 January 2021").
     */
    private static Optional<LocalDate> reportedDate(String text) {
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        while (dmy.find()) {
            if (!isEventSpan(text, dmy) && !isPlanned(text, dmy.start())) {
                Optional<LocalDate> first = date(dmy.group(4), firstMonth(dmy.group(2), dmy.group(3)), dmy.group(1));
                return earlier(first, dmy.start(), text);
            }
        }
        return earlier(Optional.empty(), text.length(), text);
    }

    /** The day-month-year date found at {@code at}, or a month-day-year date written before it. */
    private static Optional<LocalDate> earlier(Optional<LocalDate> dayFirst, int at, String text) {
        if (!namesAMonthBefore(text, at)) {
            // a month-day-year date opens with the month's name
            return dayFirst;
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        while (mdy.find() && mdy.start() < at) {
            if (!isPlanned(text, mdy.start())) {
                return date(mdy.group(3), mdy.group(1), mdy.group(2));
            }
        }
        return dayFirst;
    }

    /** Whether a month's name starts in {@code text} before {@code at}. */
    private static boolean namesAMonthBefore(String text, int at) {
        for (String name : DatelineParser.MONTH_NAMES) {
            if (text.indexOf(name, 0, Math.min(text.length(), at - 1 + name.length())) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "scheduled for ", "until ": the words right before {@code start} make the date a planned one. */
    private static boolean isPlanned(String text, int start) {
        return PLANNED.matcher(text.substring(Math.max(0, start - PLANNED_REACH), start)).find();
    }

    /** The first full date in {@code text}, day-month-year or month-day-year. */
    static Optional<LocalDate> fullDate(String text) {
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        boolean hasDmy = dmy.find();
        boolean hasMdy = mdy.find();
        if (hasDmy && (!hasMdy || dmy.start() <= mdy.start())) {
            return date(dmy.group(4), firstMonth(dmy.group(2), dmy.group(3)), dmy.group(1));
        }
        if (hasMdy) {
            return date(mdy.group(3), mdy.group(1), mdy.group(2));
        }
        return Optional.empty();
    }

    /**
     * The chairpersonship year marked in the navigation, else the latest year the article names that is not
     * still to come: a page is not published in the future, so "the 2030 Agenda" names a plan, not its year.
     */
    static Optional<Integer> inferredYear(List<String> navigation, String text) {
        for (String line : navigation) {
            Matcher m = CHAIRPERSONSHIP_YEAR.matcher(line);
            if (m.find()) {
                return Optional.of(Integer.valueOf(m.group(1)));
            }
        }
        int thisYear = Year.now().getValue();
        return YEAR.matcher(text).results().map(r -> Integer.valueOf(r.group(1))).filter(year -> year <= thisYear)
                .max(Integer::compare);
    }

    private static String firstMonth(String ownMonth, String sharedMonth) {
        return ownMonth != null ? ownMonth : sharedMonth;
    }

    /** A day that does not exist in the inferred year (29 February) is no date rather than a wrong one. */
    private static ItemDate dated(MonthDay day, int year, DateSource source) {
        return day.isValidYear(year) ? ItemDate.of(day.atYear(year), source) : ItemDate.none();
    }

    private static Optional<MonthDay> monthDay(String month, String day) {
        try {
            return Optional.of(MonthDay.of(Month.valueOf(month.toUpperCase(Locale.ROOT)), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
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
