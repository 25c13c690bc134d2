package newssearch.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes synthetic OSCE news pages in the saved-page format: the site navigation (with the drift real pages
 * show: "Czech Republic" or "Czechia", a chairpersonship marker on the state that chaired the year the page
 * was saved, blocks present or cut), the content-type line, title, lead, the metadata block (0-3 issuers, 0-3
 * fields of work, sometimes an "Issued on:" date), and a body whose first paragraph repeats the lead, with
 * people and their roles, cities, states and dates in the forms the site writes them, over a Zipf vocabulary.
 * Page {@code i} depends only on the seed and {@code i}: the same seed gives the same corpus, byte for byte.
 */
final class PageGenerator {

    /** Article characters aimed at per page, drawn uniformly between these bounds (about 3 KB on average). */
    private static final int MIN_ARTICLE_CHARS = 2200;
    private static final int MAX_ARTICLE_CHARS = 3800;
    private static final Map<Integer, String> CHAIRS = Map.ofEntries(
            Map.entry(2006, "Belgium"), Map.entry(2008, "Finland"), Map.entry(2010, "Kazakhstan"),
            Map.entry(2011, "Lithuania"), Map.entry(2014, "Switzerland"), Map.entry(2016, "Germany"),
            Map.entry(2017, "Austria"), Map.entry(2021, "Sweden"), Map.entry(2022, "Poland"),
            Map.entry(2024, "Malta"), Map.entry(2025, "Finland"));

    private final long seed;
    private final Vocabulary vocabulary;
    private final List<String> navigation;

    PageGenerator(long seed) {
        this.seed = seed;
        this.vocabulary = Vocabulary.standard();
        this.navigation = Vocabulary.Lines.of("navigation.txt");
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The page numbered {@code index}. */
    SyntheticPage page(int index) {
        return new PageWriter(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index)).write(index);
    }

    /** One page's state while it is written: its random stream, its year, the states it has named. */
    private final class PageWriter {
        private final SplittableRandom random;
        private final Set<String> countries = new LinkedHashSet<>();
        private final int year;
        private final SiteFacts.City home;

        PageWriter(SplittableRandom random) {
            this.random = random;
            this.year = 2005 + random.nextInt(21);
            this.home = zipf(SiteFacts.CITIES);
        }

        SyntheticPage write(int index) {
            String contentType = zipf(SiteFacts.CONTENT_TYPES);
            String title = title();
            String lead = lead(contentType);
            List<String> issuers = distinct(SiteFacts.ISSUERS, random.nextInt(100) < 8 ? 0 : 1 + skewed(3));
            List<String> fields = distinct(SiteFacts.FIELDS_OF_WORK, skewed(4));
            List<String> body = new ArrayList<>();
            body.add(lead);
            int target = MIN_ARTICLE_CHARS + random.nextInt(MAX_ARTICLE_CHARS - MIN_ARTICLE_CHARS);
            int length = title.length() + 2 * lead.length();
            while (length < target) {
                String paragraph = paragraph();
                body.add(paragraph);
                length += paragraph.length();
            }

            StringBuilder text = new StringBuilder(8192 + target);
            navigation(text);
            line(text, contentType);
            line(text, title);
            line(text, lead);
            line(text, "- Issued on:");
            if (random.nextInt(100) < 25) {
                line(text, "- " + day() + " " + month() + " " + year);
            }
            line(text, "- Issued by:");
            issuers.forEach(issuer -> line(text, "- " + issuer));
            if (!fields.isEmpty()) {
                line(text, random.nextInt(100) < 3 ? "- Field of work:" : "- Fields of work:");
                fields.forEach(field -> line(text, "- " + field));
            }
            body.forEach(paragraph -> line(text, paragraph));
            text.setLength(text.length() - 1);

            String fileName = String.format(Locale.ROOT, "%06d_%016x.txt", index, random.nextLong());
            String article = String.join("\n", body);
            return new SyntheticPage(fileName, text.toString(), title, article, fields, List.copyOf(countries));
        }

        /** The menu as saved, with the drift of pages saved in different years. */
        private void navigation(StringBuilder text) {
            boolean czechia = year >= 2017 ? random.nextInt(100) < 85 : random.nextInt(100) < 10;
            boolean cut = random.nextInt(100) < 40;
            boolean newConferenceName = random.nextInt(2) == 0;
            boolean officeOfSecretaryGeneral = random.nextInt(2) == 0;
            int savedIn = year + random.nextInt(3);
            String chair = CHAIRS.get(Math.min(savedIn, 2025));
            boolean inSecretariat = false;
            for (String line : navigation) {
                if (cut && line.equals("- Organizational structure")) {
                    line(text, line);
                    line(text, "- About us");
                    return;
                }
                if (line.startsWith("- Finland – OSCE Chairpersonship")) {
                    line = "- Finland";
                }
                if (line.equals("- Czech Republic") && czechia) {
                    line = "- Czechia";
                } else if (line.equals("- Gender Equality Review Conferences") && newConferenceName) {
                    line = "- Gender equality conferences";
                } else if (chair != null && line.equals("- " + chair)) {
                    line = line + " – OSCE Chairpersonship " + Math.min(savedIn, 2025);
                }
                line(text, line);
                if (line.equals("Secretariat")) {
                    inSecretariat = true;
                } else if (inSecretariat && line.equals("- Secretary General")) {
                    inSecretariat = false;
                    if (officeOfSecretaryGeneral) {
                        line(text, "- Office of the Secretary General");
                    }
                }
            }
        }

        private String title() {
            StringBuilder title = new StringBuilder(random.nextInt(3) == 0 ? "OSCE " : "");
            int words = 4 + random.nextInt(8);
            for (int i = 0; i < words; i++) {
                appendWord(title, i == 0 && title.isEmpty() ? capitalised(content()) : content());
            }
            if (random.nextInt(100) < 55) {
                appendWord(title, "in " + place());
            }
            return title.toString();
        }

        /** One or two sentences, the first opening with a dateline on a third of the pages. */
        private String lead(String contentType) {
            StringBuilder lead = new StringBuilder();
            int form = random.nextInt(100);
            boolean pressRelease = contentType.startsWith("Press");
            if (form < (pressRelease ? 60 : 15)) {
                SiteFacts.City city = random.nextInt(3) == 0 ? home : zipf(SiteFacts.CITIES);
                countries.add(SiteFacts.STATES.get(city.state()).name());
                lead.append(city.name().toUpperCase(Locale.ROOT)).append(", ").append(day()).append(' ')
                        .append(month());
                if (random.nextInt(100) < 90) {
                    lead.append(' ').append(year);
                }
                lead.append(" – ");
                lead.append(sentence(false));
            } else {
                lead.append(sentence(true));
            }
            if (random.nextInt(2) == 0) {
                lead.append(' ').append(sentence(random.nextInt(3) == 0));
            }
            return lead.toString();
        }

        private String paragraph() {
            int form = random.nextInt(100);
            StringBuilder paragraph = new StringBuilder();
            if (form < 22) {
                paragraph.append('“').append(stripPeriod(sentence(false))).append(",” said ")
                        .append(person()).append('.');
            } else if (form < 34) {
                paragraph.append(person()).append(", said that ").append(decapitalised(sentence(false)));
            } else if (form < 40) {
                paragraph.append("During ").append(random.nextBoolean() ? "his" : "her")
                        .append(" opening remarks, ").append(person()).append(", said, “")
                        .append(sentence(false)).append("”");
            }
            int sentences = 1 + random.nextInt(4);
            for (int i = 0; i < sentences; i++) {
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(sentence(random.nextInt(100) < 12));
            }
            return paragraph.toString();
        }

        /** Zipf words with, now and then, a stock phrase, a place or (when {@code dated}) a date. */
        private String sentence(boolean dated) {
            StringBuilder sentence = new StringBuilder();
            int words = 8 + random.nextInt(17);
            int phraseAt = random.nextInt(100) < 35 ? random.nextInt(words) : -1;
            int placeAt = random.nextInt(100) < 30 ? random.nextInt(words) : -1;
            for (int i = 0; i < words; i++) {
                if (i == phraseAt) {
                    appendWord(sentence, zipf(SiteFacts.PHRASES));
                }
                if (i == placeAt) {
                    appendWord(sentence, (random.nextBoolean() ? "in " : "with ") + place());
                }
                String word = vocabulary.sample(random);
                if (i > 2 && i < words - 2 && random.nextInt(100) < 6) {
                    word = word + ",";
                }
                appendWord(sentence, word);
            }
            if (dated) {
                appendWord(sentence, date());
            }
            return capitalised(sentence + ".");
        }

        /** A date in one of the site's forms: "on 12 March 2019", "from 9 to 12 December", "May 31, 2017". */
        private String date() {
            int form = random.nextInt(100);
            int day = day();
            if (form < 45) {
                return "on " + day + " " + month() + " " + year;
            }
            if (form < 65) {
                return "from " + Math.min(day, 20) + " to " + (Math.min(day, 20) + 1 + random.nextInt(5)) + " "
                        + month();
            }
            if (form < 80) {
                return "on " + Math.min(day, 27) + " and " + (Math.min(day, 27) + 1) + " " + month();
            }
            if (form < 90) {
                return "on " + month() + " " + day + ", " + year;
            }
            return "in " + month() + " " + year;
        }

        /** "Name Surname, Role" with the role's places filled in. */
        private String person() {
            String name = zipf(SiteFacts.FIRST_NAMES) + " " + zipf(SiteFacts.SURNAMES);
            String role = zipf(SiteFacts.ROLES);
            if (role.contains("{state}")) {
                role = role.replace("{state}", state());
            }
            if (role.contains("{state2}")) {
                role = role.replace("{state2}", state());
            }
            if (role.contains("{city}")) {
                role = role.replace("{city}", city());
            }
            return name + ", " + role;
        }

        /** A city or a state, as articles name them, recording the state. */
        private String place() {
            return random.nextInt(100) < 55 ? city() : state();
        }

        private String city() {
            SiteFacts.City city = random.nextInt(3) == 0 ? home : zipf(SiteFacts.CITIES);
            countries.add(SiteFacts.STATES.get(city.state()).name());
            return city.name();
        }

        private String state() {
            SiteFacts.State state = random.nextInt(3) == 0 ? SiteFacts.STATES.get(home.state())
                    : zipf(SiteFacts.STATES);
            countries.add(state.name());
            return state.inText();
        }

        /** A word of the vocabulary that is not among the most common function words. */
        private String content() {
            String word = vocabulary.sample(random);
            for (int i = 0; i < 5 && word.length() < 4; i++) {
                word = vocabulary.sample(random);
            }
            return word;
        }

        private int day() {
            return 1 + random.nextInt(28);
        }

        private String month() {
            return SiteFacts.MONTHS.get(random.nextInt(12));
        }

        /** 0 to {@code max}, small numbers more likely. */
        private int skewed(int max) {
            int n = 0;
            while (n < max && random.nextInt(100) < 45) {
                n++;
            }
            return n;
        }

        private List<String> distinct(List<String> values, int count) {
            Set<String> chosen = new LinkedHashSet<>();
            for (int tries = 0; chosen.size() < count && tries < 20; tries++) {
                chosen.add(zipf(values));
            }
            return List.copyOf(chosen);
        }

        private <T> T zipf(List<T> values) {
            return PageGenerator.zipf(values, random);
        }
    }

    /** An element of {@code values}, the first ones more likely (weight 1 / (rank + 2)). */
    static <T> T zipf(List<T> values, SplittableRandom random) {
        double total = 0;
        for (int i = 0; i < values.size(); i++) {
            total += 1.0 / (i + 2);
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < values.size(); i++) {
            target -= 1.0 / (i + 2);
            if (target <= 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }

    private static void appendWord(StringBuilder text, String word) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        text.append(word);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String decapitalised(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String stripPeriod(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
