package newssearch.item.places;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import newssearch.item.Person;
import newssearch.item.dates.Dateline;
import newssearch.item.gazetteer.CountryGazetteer;
import newssearch.item.gazetteer.FieldOperations;
import newssearch.item.people.AreaPhrases;
import newssearch.item.people.PageTokens;
import newssearch.item.people.PersonNames;
import newssearch.item.people.RolePhrase;
import newssearch.item.people.Vocabulary;
import newssearch.item.text.Token;
import newssearch.item.text.Tokenizer;
import newssearch.item.text.WhiteSpace;
import newssearch.item.text.WordSets;

/**
 * Finds the places an article names (title, lead, body; never the navigation) and the States they imply.
 * Besides the gazetteer's names it takes a place from the article's own wording:
 * <ul>
 *   <li>the dateline's city, written in capitals ({@code VIENNA, 31 May 2017 –} gives "Vienna");</li>
 *   <li>the place an office is named after ({@code OSCE Office in Yerevan}, {@code Mission to Skopje});</li>
 *   <li>an unknown name after "in" that ends the phrase ({@code held yesterday in Kazan between});</li>
 *   <li>the other members of a list that holds a known place ({@code in Bar, Kolašin and Podgorica});</li>
 *   <li>a name before "province", "region" and the like ({@code Tavush province}), or after "the regions
 *       of", "the town of" and the like ({@code the regions of Samtskhe-Javakheti and Kvemo Kartli}).</li>
 * </ul>
 * A word of a person's name found in the article is not a place there ("Paola" of "Paola Rossi").
 */
public final class PlaceFinder {

    private static final Set<String> AFTER_PLACE = WordSets.of("on", "from", "to", "and", "between", "with", "for",
            "in", "at", "during", "last", "this", "next", "until", "since", "by", "where", "which", "as", "over");
    private static final Set<String> TRAVEL = WordSets.of("visit", "visits", "visited", "trip", "travelled", "traveled",
            "travel", "arrived");
    /**
     * Nouns of transport and verbs of moving after which "to" and a name that ends the phrase lead to a place:
     * "a bus to Rzeszów.", "fled to Suceava", "the train to Chop".
     */
    private static final Set<String> MOVING = WordSets.of("bus", "buses", "train", "trains", "flight", "flights",
            "ferry", "route", "road", "journey", "fled", "moved", "returned", "relocated", "evacuated", "travelling",
            "traveling", "went", "drove", "headed", "transported");
    /** Words before a place that name where it lies: "near", "between". */
    private static final Set<String> PLACE_PREPOSITIONS = WordSets.of("in", "near", "between", "around", "from");
    /**
     * Prepositions after which a name is a place whatever lower-case word follows it: "a street in Rîbnița had
     * been shared", "inspectors from Pogradec took part", "villages near Fort-Shevchenko have".
     */
    private static final Set<String> BEFORE_PLACE_IN_ANY_PHRASE = WordSets.of("in", "near", "around", "from");
    /** "journalists from Euronews", "Reporters from Newsmaker": people of the media come from a medium. */
    private static final Set<String> MEDIA_PEOPLE = WordSets.of("journalist", "journalists", "reporter", "reporters",
            "correspondent", "correspondents", "editor", "editors", "Journalists", "Reporters", "Correspondents",
            "Editors");
    /** "from Shirak and Lori in the north": lower-case compass words after "in the". */
    private static final Set<String> COMPASS_POINTS = WordSets.of("north", "south", "east", "west", "north-east",
            "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "centre");
    /**
     * Words that make a place's name the name of a document ("the Paris Agreement", "the Vienna Document",
     * "the Helsinki Final Act"): a treaty is no place.
     */
    private static final Set<String> DOCUMENT_WORDS = WordSets.of("Agreement", "Agreements", "Accord", "Accords",
            "Convention", "Treaty", "Protocol", "Declaration", "Charter", "Document", "Final", "Framework", "Pact",
            "Principles", "Process", "Format");
    /** Verbs whose object is a place: "visited Banjska and Žerovnica". */
    private static final Set<String> VISIT = WordSets.of("visited", "visiting", "toured");
    private static final Set<String> COMPASS = WordSets.of("North", "South", "East", "West", "Central", "Northern",
            "Southern", "Eastern", "Western", "Northeast", "Northwest", "Southeast", "Southwest");
    /** Nouns of a border post named after its town: "the Panji Poyon crossing point". */
    private static final Set<String> CROSSING_NOUNS = WordSets.of("crossing", "checkpoint", "border-crossing");
    private static final int MAX_UNKNOWN_PLACE_WORDS = 2;
    /** "Ohio, Nevada and Georgia": parts of one State listed before a State's name that then names a part too. */
    private static final int MIN_PARTS_BEFORE_NAMESAKE = 2;
    private static final int MAX_TOWN_PARTICLES = 2;

    private final CountryGazetteer gazetteer;
    private final FieldOperations operations;
    private final Vocabulary vocabulary;
    private final PageTokens pageTokens;
    private final Set<String> personWords;
    private final Map<String, Found> found = new LinkedHashMap<>();
    /** States' names that the page writes as a part of another State: "the state of Georgia". */
    private final Set<String> namesakes = new HashSet<>();

    private record Found(long order, String place, Optional<String> state) {
    }

    private PlaceFinder(CountryGazetteer gazetteer, FieldOperations operations, Vocabulary vocabulary,
                        List<Person> people, PageTokens pageTokens) {
        this.gazetteer = gazetteer;
        this.operations = operations;
        this.vocabulary = vocabulary;
        this.pageTokens = pageTokens;
        this.personWords = new HashSet<>();
        people.forEach(person -> Tokenizer.tokens(person.name()).forEach(t -> personWords.add(t.text())));
    }

    /**
     * @param paragraphs the title, then the lead and body
     * @param dateline   the dateline opening the lead, if any
     */
    public static FoundPlaces find(List<String> paragraphs, Optional<Dateline> dateline, List<Person> people,
                            CountryGazetteer gazetteer, FieldOperations operations, Vocabulary vocabulary) {
        return find(paragraphs, dateline, people, gazetteer, operations, vocabulary, new PageTokens());
    }

    /** As the method above, with the page's tokens. */
    public static FoundPlaces find(List<String> paragraphs, Optional<Dateline> dateline, List<Person> people,
                            CountryGazetteer gazetteer, FieldOperations operations, Vocabulary vocabulary,
                            PageTokens pageTokens) {
        PlaceFinder finder = new PlaceFinder(gazetteer, operations, vocabulary, people, pageTokens);
        dateline.ifPresent(finder::readDateline);
        for (int i = 0; i < paragraphs.size(); i++) {
            finder.read(i, paragraphs.get(i));
        }
        List<Found> ordered = finder.found.values().stream().filter(place -> !finder.isAdjectiveOfAnother(place))
                .sorted(Comparator.comparingLong(Found::order)).toList();
        Set<String> countries = new LinkedHashSet<>();
        Optional<String> federation = finder.federation(ordered);
        ordered.forEach(place -> (finder.namesakes.contains(place.place()) ? federation : place.state())
                .ifPresent(countries::add));
        return new FoundPlaces(ordered.stream().map(Found::place).toList(), List.copyOf(countries));
    }

    /**
     * The State whose parts the page names, for "the state of Georgia": the State of the first place found that is
     * a part of one and not a State itself ("Pennsylvania"), or none, and then the namesake gives no State.
     */
    private Optional<String> federation(List<Found> ordered) {
        for (Found place : ordered) {
            if (place.state().isPresent() && !gazetteer.namesAState(place.place())
                    && !namesakes.contains(place.place()) && place.state().get().equals(
                    gazetteer.stateOf(place.place()).orElse(""))) {
                return place.state();
            }
        }
        return Optional.empty();
    }

    /**
     * "Gagauz" beside "Gagauzia", "Karakalpak" beside "Karakalpakstan": a word that another place found on the
     * page extends in lower case is that place's adjective, not a place.
     */
    private boolean isAdjectiveOfAnother(Found found) {
        String word = found.place();
        if (found.state().isPresent() || word.indexOf(' ') >= 0) {
            return false;
        }
        for (Found other : this.found.values()) {
            String place = other.place();
            if (place.length() > word.length() && place.startsWith(word)
                    && Character.isLowerCase(place.charAt(word.length())) && place.indexOf(' ') < 0) {
                return true;
            }
        }
        return false;
    }

    /** The dateline opens the lead, the article's second paragraph after the title. */
    private void readDateline(Dateline dateline) {
        long order = order(1, 0);
        List<String> places = dateline.cities().stream()
                .map(city -> gazetteer.spelling(city).orElseGet(() -> capitalised(city))).toList();
        if (places.size() == 2 && places.stream().anyMatch(place -> gazetteer.stateOf(place).isEmpty())) {
            // "MITROVICË/MITROVICA": one place in two languages; "STOCKHOLM/VIENNA" names two cities of two States
            String place = places.get(0) + "/" + places.get(1);
            String second = places.get(1);
            add(order, place, gazetteer.stateOf(places.get(0)).or(() -> gazetteer.stateOf(second)));
        } else {
            places.forEach(place -> add(order, place, gazetteer.stateOf(place)));
        }
        dateline.country().ifPresent(country -> add(order, country, gazetteer.stateOf(country)));
    }

    private void read(int index, String paragraph) {
        List<Token> tokens = pageTokens.of(paragraph);
        boolean[] known = new boolean[tokens.size()];
        // the State of the parts of one State listed last in this paragraph, and where that list ends
        Optional<String> listState = Optional.empty();
        int listEnd = -1;
        int listParts = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int end = Math.max(gazetteer.matchAt(tokens, paragraph, i), entityEnd(tokens, paragraph, i));
            if (end > i && !isPersonName(tokens, i, end) && !isNumbered(tokens, end) && !namesADocument(tokens, end)) {
                String name = paragraph.substring(tokens.get(i).start(), tokens.get(end - 1).end());
                end = townEnd(tokens, end);
                int start = compassStart(tokens, i);
                int single = start;
                start = slashStart(tokens, start, known);
                int slashed = slashEnd(tokens, paragraph, end);
                if (slashed > end || start < single) {
                    // "Fushë Kosovë/Kosovo Polje": each language's name may have two words
                    start = start > 0 && !known[start - 1] && isUnknownPlaceWord(tokens.get(start - 1))
                            && !Tokenizer.opensSentence(tokens, start - 1) ? start - 1 : start;
                    slashed = slashed == end && end < tokens.size() && isUnknownPlaceWord(tokens.get(end))
                            && (end + 1 == tokens.size() || !tokens.get(end + 1).isCapitalised()) ? end + 1 : slashed;
                }
                end = slashed;
                // "Lake Ohrid", "Gazivoda Lake": the lake, not the town it is named after, and in no one State
                boolean lakeBefore = start > 0 && tokens.get(start - 1).is("Lake");
                boolean lakeAfter = end < tokens.size() && tokens.get(end).is("Lake");
                boolean lake = lakeBefore || lakeAfter;
                start = lakeBefore ? start - 1 : start;
                end = lakeAfter ? end + 1 : end;
                if (!lake && end < tokens.size() && AreaPhrases.isAreaNoun(tokens.get(end).text())
                        && !gazetteer.isRegion(name)) {
                    // "Batken Region", "the Donetsk region" (the region, not the city named alike), but not
                    // "the Aral Sea Region": a sea or a continent is not divided so
                    end++;
                }
                String place = paragraph.substring(tokens.get(start).start(), tokens.get(end - 1).end());
                Optional<String> state = stateOf(place);
                if (state.isEmpty() && !lake) {
                    state = stateOf(name);
                }
                if (state.isEmpty() && !lake) {
                    state = innerState(tokens, paragraph, i + 1, end);
                }
                boolean listed = listedAfter(tokens, start, listEnd);
                if (gazetteer.namesAState(place) && listed && listParts >= MIN_PARTS_BEFORE_NAMESAKE
                        && listState.isPresent() && !listState.equals(state)) {
                    // "Pennsylvania, Michigan, Wisconsin and Georgia": a State's name in a list of the parts of
                    // another State names its namesake there; after one part it is a neighbour ("Sicily and Malta")
                    state = listState;
                }
                if (gazetteer.namesAState(place) && start >= 2 && tokens.get(start - 1).is("of")
                        && tokens.get(start - 2).is("state")) {
                    // "the state of Georgia": a part of a State that the page names elsewhere
                    namesakes.add(place);
                }
                boolean inner = state.isPresent() && !gazetteer.namesAState(place);
                listParts = inner ? (listed && state.equals(listState) ? listParts + 1 : 1) : listed ? listParts : 0;
                listState = inner ? state : listed ? listState : Optional.empty();
                listEnd = inner || listState.isPresent() ? end : -1;
                add(order(index, tokens.get(start).start()), place, state);
                for (int k = start; k < end; k++) {
                    known[k] = true;
                }
                i = end - 1;
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!known[i] && (tokens.get(i + 1).is("Sea") || tokens.get(i + 1).is("Lake"))
                    && isUnknownPlaceWord(tokens.get(i))) {
                // "the Caspian Sea", "the Aral Sea", "Gazivoda Lake": a sea or a lake, whatever word names it
                addRange(index, paragraph, tokens, i, i + 2, known);
            }
            if (!known[i] && tokens.get(i).is("Lake") && !known[i + 1]) {
                // "Lake Sevan", "Lake Issyk-Kul"
                int end = unknownPlaceEnd(tokens, i + 1);
                if (end > i + 1) {
                    addRange(index, paragraph, tokens, i, end, known);
                }
            }
            if (!known[i] && i + 2 < tokens.size() && tokens.get(i + 1).is("/") && isUnknownPlaceWord(tokens.get(i))
                    && isUnknownPlaceWord(tokens.get(i + 2)) && !(Vocabulary.isEnglishWord(tokens.get(i).text())
                    && Vocabulary.isEnglishWord(tokens.get(i + 2).text()))) {
                // "Zveçan/Zvečan": a place named in two languages; "Ujman/Gazivoda Lake" a lake; "the Ibar/Ibër"
                // a river, which is no place the site's pages are filed under
                boolean lake = i + 3 < tokens.size() && tokens.get(i + 3).is("Lake");
                // "Drenas Ri/Glogovac Novi": each language's name may have two words
                int first = i > 0 && !known[i - 1] && isUnknownPlaceWord(tokens.get(i - 1))
                        && !Tokenizer.opensSentence(tokens, i - 1) ? i - 1 : i;
                first = first == i ? particleStart(tokens, i, known) : first;
                int end = lake ? i + 4 : i + 3;
                end = !lake && end < tokens.size() && isUnknownPlaceWord(tokens.get(end))
                        && (end + 1 == tokens.size() || !tokens.get(end + 1).isCapitalised()) ? end + 1 : end;
                if (lake || first == 0 || !tokens.get(first - 1).is("the") && !tokens.get(first - 1).is("The")) {
                    addRange(index, paragraph, tokens, first, end, known);
                } else {
                    known[i] = known[i + 1] = known[i + 2] = true;
                }
            }
        }
        for (AreaPhrases.Range name : pageTokens.areas(paragraph)) {
            if (!known[name.start()] && isUnknownPlaceWord(tokens.get(name.start()))) {
                if (namedWithItsKind(tokens, name.start())) {
                    addRange(index, paragraph, tokens, name.start() - 2, name.end(), known);
                } else {
                    addUnknown(index, paragraph, tokens, name.start(), known);
                }
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!known[i] && namesAStateUniversity(tokens, i)) {
                addRange(index, paragraph, tokens, i, i + 1, known);
            }
            if (!known[i] && (liesInACompassPart(tokens, i) || namesACrossing(tokens, i))) {
                addUnknown(index, paragraph, tokens, i, known);
            }
            if (!known[i + 1] && (namesOffice(tokens, i) || endsPhrase(tokens, i, known) || namesPost(tokens, i))) {
                addUnknown(index, paragraph, tokens, i + 1, known);
            }
            int town = townOfPostBeforeName(tokens, i);
            if (town > i + 1 && !known[i + 1]) {
                add(order(index, tokens.get(i + 1).start()), paragraph.substring(tokens.get(i + 1).start(),
                        tokens.get(town - 1).end()), Optional.empty());
                for (int k = i + 1; k < town; k++) {
                    known[k] = true;
                }
            }
            if (known[i]) {
                addListNeighbours(index, paragraph, tokens, i, known);
            }
            int noun = i + 1 < tokens.size() - 1 && tokens.get(i + 1).is("Autonomous") ? i + 2 : i + 1;
            if (AreaPhrases.isAreaNoun(tokens.get(noun).text()) && !known[i]
                    && (isUnknownPlaceWord(tokens.get(i)) || namesARegionThoughShapedAsAnAdjective(tokens, i, noun))) {
                // "Tavush province", "Gorno-Badakhshan Autonomous Region", "the Vayots Dzor province"
                int first = areaNameStart(tokens, i, known);
                String area = paragraph.substring(tokens.get(first).start(), tokens.get(noun).end());
                add(order(index, tokens.get(first).start()), area, Optional.empty());
                for (int k = first; k <= noun; k++) {
                    known[k] = true;
                }
            }
        }
    }

    /**
     * "the Vayots Dzor province": the first word of an area's name of two words that ends at {@code last}, when
     * the word before it could be a place's too and no further capitalised word comes before them, or {@code last}.
     */
    private int areaNameStart(List<Token> tokens, int last, boolean[] known) {
        int first = last - 1;
        boolean twoWords = first >= 0 && !known[first] && isUnknownPlaceWord(tokens.get(first))
                && !(Tokenizer.opensSentence(tokens, first) && Vocabulary.isEnglishWord(tokens.get(first).text()));
        // "In Vayots Dzor province": a small word opening the sentence is no part of the name
        boolean runStarts = first < 1 || !tokens.get(first - 1).isWord() || !tokens.get(first - 1).isCapitalised()
                || RolePhrase.JOINERS.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT));
        return twoWords && runStarts ? first : last;
    }

    /**
     * "the District of Columbia": a capitalised kind noun inside a sentence, after "the", before "of" and a name
     * at {@code name} that the gazetteer does not know, is part of the place's name ("the Municipality of
     * Prizren" names the known town).
     */
    private static boolean namedWithItsKind(List<Token> tokens, int name) {
        int noun = name - 2;
        return noun >= 1 && tokens.get(name - 1).is("of") && tokens.get(noun).isCapitalised()
                && AreaPhrases.isAreaNoun(tokens.get(noun).text()) && tokens.get(noun - 1).is("the");
    }

    /**
     * "in the Peloponnese region,": a word shaped as an adjective of a nation, after "the" and before a lower-case
     * noun of an area at {@code noun} that no "of" follows, names the area; an adjective says which State the
     * area lies in, and then its name follows ("the Georgian region of Samtskhe-Javakheti").
     */
    private static boolean namesARegionThoughShapedAsAnAdjective(List<Token> tokens, int i, int noun) {
        Token word = tokens.get(i);
        return i > 0 && tokens.get(i - 1).is("the") && word.isWord() && word.isCapitalised() && !word.isAllCapitals()
                && isDemonym(word.text()) && tokens.get(noun).isLowerCase()
                && (noun + 1 == tokens.size() || !tokens.get(noun + 1).is("of"));
    }

    /** Whether the place at {@code start} follows the list member ending at {@code previousEnd}: ", " or "and". */
    private static boolean listedAfter(List<Token> tokens, int start, int previousEnd) {
        return previousEnd >= 0 && (start == previousEnd + 1 && (tokens.get(previousEnd).is(",")
                || tokens.get(previousEnd).is("and")) || start == previousEnd + 2 && tokens.get(previousEnd).is(",")
                && tokens.get(previousEnd + 1).is("and"));
    }

    /** Adds the place [start, end), which implies no State: a sea, a lake, a name in two languages. */
    private void addRange(int index, String paragraph, List<Token> tokens, int start, int end, boolean[] known) {
        add(order(index, tokens.get(start).start()), paragraph.substring(tokens.get(start).start(),
                tokens.get(end - 1).end()), Optional.empty());
        for (int k = start; k < end; k++) {
            known[k] = true;
        }
    }

    /**
     * "Federation of Bosnia and Herzegovina", "Autonomous Republic of Crimea": an entity of a State is one place,
     * named by its kind and the place it lies in.
     */
    private int entityEnd(List<Token> tokens, String paragraph, int i) {
        int of = i + 1;
        boolean named = i > 0 && tokens.get(i - 1).isWord() && tokens.get(i - 1).isCapitalised();
        if (tokens.get(i).is("Republic") && !named) {
            return republicEnd(tokens, paragraph, i);
        }
        if (tokens.get(i).is("Autonomous") && !named && of < tokens.size() && tokens.get(of).isCapitalised()) {
            of++;
        } else if (!tokens.get(i).is("Federation")) {
            return i;
        }
        if (of + 1 >= tokens.size() || !tokens.get(of).is("of")) {
            return i;
        }
        int end = gazetteer.matchAt(tokens, paragraph, of + 1);
        return end > of + 1 ? end : i;
    }

    /**
     * "Republic of Karakalpakstan": a republic inside a State, named by a place that is not a State itself
     * ("Republic of Serbia" names the State, which the gazetteer spells "Serbia").
     */
    private int republicEnd(List<Token> tokens, String paragraph, int i) {
        int name = i + 2;
        if (name >= tokens.size() || !tokens.get(i + 1).is("of")) {
            return i;
        }
        int known = gazetteer.matchAt(tokens, paragraph, name);
        if (known > name) {
            String place = paragraph.substring(tokens.get(name).start(), tokens.get(known - 1).end());
            return gazetteer.stateOf(place).filter(place::equals).isPresent() ? i : known;
        }
        int end = unknownPlaceEnd(tokens, name);
        return end > name ? end : i;
    }

    /** "Federation of Bosnia and Herzegovina" lies in the State its name holds. */
    private Optional<String> innerState(List<Token> tokens, String paragraph, int from, int end) {
        for (int k = from; k < end; k++) {
            int inner = gazetteer.matchAt(tokens, paragraph, k);
            if (inner > k && inner <= end) {
                return stateOf(paragraph.substring(tokens.get(k).start(), tokens.get(inner - 1).end()));
            }
        }
        return Optional.empty();
    }

    /** "Kanal 5", "Channel 4": a name followed by a number is a broadcaster's or a product's, not a place. */
    private static boolean isNumbered(List<Token> tokens, int end) {
        return end < tokens.size() && Character.isDigit(tokens.get(end).text().codePointAt(0));
    }

    /** "South East Europe", "Eastern Europe": capitalised compass words before a region belong to it. */
    private static int compassStart(List<Token> tokens, int start) {
        while (start > 0 && isCompassWord(tokens.get(start - 1).text())) {
            start--;
        }
        return start;
    }

    private static boolean isCompassWord(String word) {
        for (String part : word.split("-")) {
            if (!COMPASS.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** "Leposaviq/Leposavić": the name before a slash names the same place in the other language. */
    private int slashStart(List<Token> tokens, int start, boolean[] known) {
        boolean other = start >= 2 && tokens.get(start - 1).is("/") && !known[start - 2]
                && isUnknownPlaceWord(tokens.get(start - 2))
                && tokens.get(start - 2).end() == tokens.get(start - 1).start();
        return other ? start - 2 : start;
    }

    /**
     * "Kodra i Lartë/Gornji Breg": the start of a town's name whose first language's name holds a lower-case
     * particle before the word at {@code i}, or {@code i}.
     */
    private int particleStart(List<Token> tokens, int i, boolean[] known) {
        boolean particle = i >= 2 && CountryGazetteer.TOWN_PARTICLES.contains(tokens.get(i - 1).text()) && !tokens.get(i - 1).is("an")
                && !known[i - 2] && isUnknownPlaceWord(tokens.get(i - 2))
                && (i == 2 || !tokens.get(i - 3).isWord() || !tokens.get(i - 3).isCapitalised());
        return particle ? i - 2 : i;
    }

    /** "Gjilan/Gnjilane", "Prishtinë/Priština": the name after a slash names the same place. */
    private int slashEnd(List<Token> tokens, String paragraph, int end) {
        boolean other = end + 1 < tokens.size() && tokens.get(end).is("/")
                && tokens.get(end).start() == tokens.get(end - 1).end()
                && tokens.get(end + 1).isWord() && tokens.get(end + 1).isCapitalised()
                && !tokens.get(end + 1).isAllCapitals() && !personWords.contains(tokens.get(end + 1).text());
        if (!other) {
            return end;
        }
        int next = gazetteer.matchAt(tokens, paragraph, end + 1);
        next = next > end + 1 ? next : end + 2;
        // "Fushë Kosovë/Kosovo Polje": a second word of the other language's name
        return next == end + 2 && next < tokens.size() && isUnknownPlaceWord(tokens.get(next))
                && tokens.get(next - 1).end() < tokens.get(next).start() ? next + 1 : next;
    }

    /**
     * "Mayor of Bosanska Krupa", "Governor of Batken": a name after a post and "of" (token {@code i}) that is no
     * English word names the place the post serves ("Minister of Education" names none).
     */
    private boolean namesPost(List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i).is("of") || !Vocabulary.isRoleWord(tokens.get(i - 1).text())) {
            return false;
        }
        int end = unknownPlaceEnd(tokens, i + 1);
        for (int k = i + 1; k < end; k++) {
            if (!Vocabulary.isEnglishWord(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Mayor of Kalinovik Jane Doe": the end of the town a post serves, written after the post and "of" (token
     * {@code i}) in one run with the name of a person the page names, or {@code i + 1}.
     */
    private int townOfPostBeforeName(List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i).is("of") || !Vocabulary.isRoleWord(tokens.get(i - 1).text())) {
            return i + 1;
        }
        int town = i + 1;
        while (town < tokens.size() && town - i <= MAX_UNKNOWN_PLACE_WORDS && isUnknownPlaceWord(tokens.get(town))
                && !Vocabulary.isEnglishWord(tokens.get(town).text())) {
            town++;
        }
        int name = town;
        while (name < tokens.size() && tokens.get(name).isWord() && personWords.contains(tokens.get(name).text())) {
            name++;
        }
        boolean runEnds = name == tokens.size() || !tokens.get(name).isWord() || !tokens.get(name).isCapitalised();
        return town > i + 1 && name - town >= PersonNames.MIN_WORDS && runEnds ? town : i + 1;
    }

    /** "OSCE Office in Yerevan", "Mission to Skopje": token {@code i} is the "in" or "to". */
    private static boolean namesOffice(List<Token> tokens, int i) {
        String word = tokens.get(i).text();
        return i > 0 && (word.equals("in") || word.equals("to"))
                && FieldOperations.OFFICE_WORDS.contains(tokens.get(i - 1).text());
    }

    /**
     * "held yesterday in Kazan between", "a visit to Lesvos.", "In Termez, the Secretary General ...": a name
     * after "in" that ends the phrase. After a capitalised "In" opening a sentence the name must not be an
     * English word ("In Response to ...").
     */
    private boolean endsPhrase(List<Token> tokens, int i, boolean[] known) {
        String word = tokens.get(i).text();
        boolean travel = word.equals("to") && i > 0
                && (TRAVEL.contains(tokens.get(i - 1).text()) || followsFromAPlace(tokens, i, known)
                || MOVING.contains(tokens.get(i - 1).text()) && !Vocabulary.isEnglishWord(tokens.get(i + 1).text()));
        boolean opening = word.equals("In") && Tokenizer.opensSentence(tokens, i)
                && !Vocabulary.isEnglishWord(tokens.get(i + 1).text());
        if (!PLACE_PREPOSITIONS.contains(word) && !VISIT.contains(word) && !travel && !opening
                || word.equals("from") && i > 0 && MEDIA_PEOPLE.contains(tokens.get(i - 1).text())) {
            return false;
        }
        int end = unknownPlaceEnd(tokens, i + 1);
        if (end == i + 2 && i > 0 && tokens.get(i - 1).isCapitalised()
                && Vocabulary.isEnglishWord(tokens.get(i + 1).text())) {
            // "Unity in Diversity": an English word in a title, not a town ("the attack in Split")
            return false;
        }
        if (end + 1 < tokens.size() && (tokens.get(end).is(",") || tokens.get(end).is("and"))
                && tokens.get(end + 1).isCapitalised() && isNationAdjective(tokens.get(end + 1).text())) {
            // "pupils learn in Gagauz, Romanian and Russian": a list of languages; "from Varnesti, in the
            // Orhei district" goes on with a small word, which names no language
            return false;
        }
        return end > i + 1 && (end == tokens.size() || !tokens.get(end).isWord()
                || AFTER_PLACE.contains(tokens.get(end).text())
                || BEFORE_PLACE_IN_ANY_PHRASE.contains(word) && tokens.get(end).isLowerCase());
    }

    /** "from Batumi to Marneuli": the "to" at {@code i} follows "from" and a known place. */
    private static boolean followsFromAPlace(List<Token> tokens, int i, boolean[] known) {
        int k = i - 1;
        while (k > 0 && known[k]) {
            k--;
        }
        return k < i - 1 && tokens.get(k).is("from");
    }

    /**
     * "from Shirak and Lori in the north to Syunik in the south": an unknown name at {@code i} that lies in a
     * part of the country named by a compass point.
     */
    private boolean liesInACompassPart(List<Token> tokens, int i) {
        if (!isUnknownPlaceWord(tokens.get(i)) || i > 0 && tokens.get(i - 1).isWord()
                && tokens.get(i - 1).isCapitalised()) {
            return false;
        }
        int end = unknownPlaceEnd(tokens, i);
        if (end == i || end + 2 >= tokens.size() || !tokens.get(end).is("in") || !tokens.get(end + 1).is("the")
                || !COMPASS_POINTS.contains(tokens.get(end + 2).text())) {
            return false;
        }
        for (int k = i; k < end; k++) {
            if (!Vocabulary.isEnglishWord(tokens.get(k).text())) {
                return true;
            }
        }
        // "Dialogue in the north", "Elections in the south": an English word heads a phrase, not a place
        return false;
    }

    /**
     * "at the Panji Poyon crossing point", "the Lesnoye checkpoint": an unknown name at {@code i}, after "the",
     * before a lower-case noun of a border post, names the town the post stands at.
     */
    private boolean namesACrossing(List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i - 1).is("the") || !isUnknownPlaceWord(tokens.get(i))) {
            return false;
        }
        int end = unknownPlaceEnd(tokens, i);
        if (end == i || end >= tokens.size() || !CROSSING_NOUNS.contains(tokens.get(end).text())) {
            return false;
        }
        for (int k = i; k < end; k++) {
            if (Vocabulary.isEnglishWord(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "students of Kotayk State University", "the Kotayk State Medical University": a state university is named
     * after its town, so one word that is no English word before "State" and "University" names a place. A
     * private one need not be ("Harvard University"), nor a longer run of names ("Ivane Javakhishvili State
     * University").
     */
    private boolean namesAStateUniversity(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i + 1).is("State") || !isUnknownPlaceWord(tokens.get(i))
                || Vocabulary.isEnglishWord(tokens.get(i).text())) {
            return false;
        }
        boolean runStarts = i == 0 || !tokens.get(i - 1).isWord() || !tokens.get(i - 1).isCapitalised()
                || tokens.get(i - 1).is("The");
        boolean university = tokens.get(i + 2).is("University") || i + 3 < tokens.size()
                && tokens.get(i + 2).isCapitalised() && tokens.get(i + 3).is("University");
        return runStarts && university;
    }

    /** "the Paris Agreement", "the Vienna Document": the place at the end of a name names a document. */
    private static boolean namesADocument(List<Token> tokens, int end) {
        return end < tokens.size() && DOCUMENT_WORDS.contains(tokens.get(end).text());
    }

    /** Adds the unknown place at {@code start}, with the lower-case noun of its kind when one follows it. */
    private void addUnknown(int index, String paragraph, List<Token> tokens, int start, boolean[] known) {
        int end = unknownPlaceEnd(tokens, start);
        if (end > start && end < tokens.size() && tokens.get(end).isLowerCase()
                && AreaPhrases.isAreaNoun(tokens.get(end).text())) {
            // "from Gegharkunik province", "Osh, Jalal-Abad and Sughd region": the place is written with its noun
            end++;
        }
        if (end > start) {
            String place = paragraph.substring(tokens.get(start).start(), tokens.get(end - 1).end());
            add(order(index, tokens.get(start).start()), place, stateOf(place));
            for (int k = start; k < end; k++) {
                known[k] = true;
            }
        }
    }

    /** "Athens, Lesvos and Thessaloniki": the unknown names listed beside a known place at {@code i}. */
    private void addListNeighbours(int index, String paragraph, List<Token> tokens, int i, boolean[] known) {
        for (int step : new int[] {1, -1}) {
            int at = i;
            while (true) {
                int next = at + step;
                if (next >= 0 && next < tokens.size() && tokens.get(next).is(",")) {
                    next += step;
                }
                if (next >= 0 && next < tokens.size() && tokens.get(next).is("and")) {
                    next += step;
                }
                if (next == at + step || next < 0 || next >= tokens.size() || known[next]
                        || !isUnknownPlaceWord(tokens.get(next))) {
                    break;
                }
                int end = unknownPlaceEnd(tokens, next);
                if (end == next || step < 0 && end != next + 1) {
                    break;
                }
                addUnknown(index, paragraph, tokens, next, known);
                at = step > 0 ? end - 1 : next;
            }
        }
    }

    /** The end of a run of one or two words that could be an unknown place's name, starting at {@code start}. */
    private int unknownPlaceEnd(List<Token> tokens, int start) {
        int end = start;
        while (end < tokens.size() && end - start < MAX_UNKNOWN_PLACE_WORDS && isUnknownPlaceWord(tokens.get(end))) {
            end++;
        }
        boolean runGoesOn = end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalised();
        return runGoesOn ? start : end > start ? townEnd(tokens, end) : end;
    }

    /**
     * "Moldava nad Bodvou", "Frankfurt am Main": the end of a town's name that goes on after {@code end} with
     * one or two lower-case particles and a capitalised word ending the run, or {@code end}.
     */
    private int townEnd(List<Token> tokens, int end) {
        int word = end;
        while (word < tokens.size() && word - end < MAX_TOWN_PARTICLES
                && CountryGazetteer.TOWN_PARTICLES.contains(tokens.get(word).text())) {
            word++;
        }
        if (word == end || word == end + 1 && tokens.get(end).is("an") || word >= tokens.size()
                || !isUnknownPlaceWord(tokens.get(word))) {
            // "an" alone is the article: "in Kyiv an hour later"
            return end;
        }
        boolean runGoesOn = word + 1 < tokens.size() && tokens.get(word + 1).isWord()
                && tokens.get(word + 1).isCapitalised();
        return runGoesOn ? end : word + 1;
    }

    private boolean isUnknownPlaceWord(Token token) {
        String word = token.text();
        return token.isWord() && token.isCapitalised() && !token.isAllCapitals()
                && !vocabulary.isRoleOrBodyWord(word) && !Vocabulary.isHonorific(word)
                && !vocabulary.isOrdinaryWord(word) && !personWords.contains(word)
                && !isDemonym(word);
    }

    /** "Romanian", "Uzbek": an adjective of a nation, which also names its language. */
    private boolean isNationAdjective(String word) {
        return isDemonym(word) || vocabulary.isRoleOrBodyWord(word) && !gazetteer.isPlace(word)
                && !Vocabulary.isEnglishWord(word);
    }

    /** "Turkmen", "Georgian", "Finnish": adjectives of nations are not places. */
    private static boolean isDemonym(String word) {
        return word.endsWith("ian") || word.endsWith("ean") || word.endsWith("ese") || word.endsWith("ish");
    }

    private boolean isPersonName(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            if (tokens.get(i).isWord() && !personWords.contains(tokens.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    private Optional<String> stateOf(String place) {
        return gazetteer.stateOf(place).or(() -> operations.stateOf(place));
    }

    private void add(long order, String place, Optional<String> state) {
        String key = key(place);
        Found known = found.get(key);
        if (known == null || known.order() > order) {
            found.put(key, new Found(order, place, state.or(() -> known == null ? Optional.empty() : known.state())));
        }
    }

    /** Places compare as the labels do: case and spacing aside, without a leading "the". */
    private static String key(String place) {
        String key = WhiteSpace.collapse(place.toLowerCase(Locale.ROOT));
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    private static long order(int paragraph, int offset) {
        return (long) paragraph << 32 | offset;
    }

    /** "SAINT PETERSBURG" gives "Saint Petersburg", "NUR-SULTAN" gives "Nur-Sultan". */
    private static String capitalised(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean startOfWord = true;
        for (char c : name.toCharArray()) {
            out.append(startOfWord ? Character.toUpperCase(c) : Character.toLowerCase(c));
            startOfWord = !Character.isLetter(c);
        }
        return out.toString();
    }
}
