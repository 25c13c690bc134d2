package newssearch.item.people;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import newssearch.item.Person;
import newssearch.item.gazetteer.CountryGazetteer;
import newssearch.item.text.Resources;
import newssearch.item.text.Token;
import newssearch.item.text.Tokenizer;
import newssearch.item.text.WordSets;

/**
 * Finds the people an article names, once each, without forms of address, with the role the text gives.
 * A name with a role, a form of address or a verb of speech beside it is a person; a bare run of name-like
 * words is one only when none of its words is an ordinary word of the article and it does not follow "the"
 * or a preposition of place ("the Aarhus Convention", "in Novi Pazar"). The lead and body are read before the
 * title, whose shortened wording ("appointed as Head of OSCE Mission") gives a role only when they give none.
 */
public final class PeopleFinder {

    /**
     * No news item names more people than this; a page that seems to is a list, and each name added costs a
     * look through the names before it.
     */
    private static final int MAX_PEOPLE = 200;

    private static final Set<String> SPEECH = WordSets.of("said", "says", "stated", "noted", "added", "emphasized",
            "emphasised", "stressed", "underlined", "explained", "highlighted", "told", "urged", "welcomed",
            "announced", "declared", "commented", "remarked");
    /** "…,” said John Smith: verbs of speech whose subject may follow them; "told" and "urged" take an object. */
    private static final Set<String> SPEECH_BEFORE_SUBJECT = WordSets.of("said", "says", "stated", "noted", "added",
            "emphasized", "emphasised", "stressed", "underlined", "explained", "declared", "commented", "remarked");
    /**
     * Words after which a run of name-like words names a place, a body or a medium, wherever else the page
     * writes it: "in Novi Pazar", "the Verkhovna Rada", "visited Banjska", "between Gura Bîcului and Bychok",
     * "told Koha Ditore".
     */
    private static final Set<String> PLACE_CONTEXT = WordSets.of("the", "The", "in", "In", "at", "At", "near",
            "between", "visited", "visiting", "toured", "across", "told");
    /**
     * Prepositions of place: a name after one is a place's even beside a verb of speech ("Families in Valea
     * Seacă told us").
     */
    private static final Set<String> LOCATIVE = WordSets.of("in", "In", "near", "around");
    /** Words that go on a list: "Dolna Banja, Gorni Rid and Tetovo". */
    private static final Set<String> LIST_WORDS = WordSets.of("and", "or");
    /** Words after which a bare name is not taken at that mention, though people stand there too ("according to"). */
    private static final Set<String> NOT_BEFORE_BARE_NAME = WordSets.of("to", "from", "From", "of");
    /** Lower-case nouns written before the name of a thing: "the daily Dnevni Avaz", "the portal Sandžak Danas". */
    private static final Set<String> THING_NOUNS = WordSets.copyOf(Resources.lines("thing-nouns.txt"));
    /** "took up his post as the new Head of ...": words between "as" and the role. */
    private static final Set<String> BEFORE_ROLE_AFTER_AS = WordSets.of("the", "a", "an", "new", "newly", "appointed",
            "incoming", "acting");
    private static final int AS_ROLE_REACH = 15;
    /** The most tokens between two names of one list: ", and", or "of the United States of America ,". */
    private static final int MAX_LIST_GAP = 10;
    /** "Jan Braathu, who heads the OSCE Mission to Serbia": verbs whose clause is the role. */
    private static final Set<String> OFFICE_VERBS = WordSets.of("chairs", "co-chairs", "heads", "leads", "directs",
            "co-ordinates", "coordinates", "manages", "presides");
    /** Relative pronouns that stand for a person only: a bare name before ", who" is a person's. */
    private static final Set<String> RELATIVES_OF_PERSONS = WordSets.of("who", "whom");
    /** "X, who is the Head of ...", "X, who serves as ...": verbs after which a role follows. */
    private static final Set<String> BEFORE_ROLE_AFTER_WHO = WordSets.of("is", "was", "serves", "served", "works",
            "worked", "as");

    private final Vocabulary vocabulary;
    private final CountryGazetteer gazetteer;
    private final PageTokens pageTokens;
    private final Map<String, Person> people = new LinkedHashMap<>();
    /** Names, lower-cased, that a role, a form of address or a verb of speech marks as a person's somewhere. */
    private final Set<String> marked = new HashSet<>();
    /** Names, lower-cased, that stand somewhere where a place's, a body's or a medium's name stands. */
    private final Set<String> doubted = new HashSet<>();
    /** Single words next to a verb of speech ("Hadžić said"): a surname used alone marks the full name. */
    private final Set<String> speakers = new HashSet<>();

    private PeopleFinder(Vocabulary vocabulary, CountryGazetteer gazetteer, PageTokens pageTokens) {
        this.vocabulary = vocabulary;
        this.gazetteer = gazetteer;
        this.pageTokens = pageTokens;
    }

    /**
     * @param title      the article's title
     * @param paragraphs the lead and the body
     */
    public static List<Person> find(String title, List<String> paragraphs, Vocabulary vocabulary,
                             CountryGazetteer gazetteer) {
        return find(title, paragraphs, vocabulary, gazetteer, new PageTokens());
    }

    /** As {@link #find(String, List, Vocabulary, CountryGazetteer)}, with the page's tokens. */
    public static List<Person> find(String title, List<String> paragraphs, Vocabulary vocabulary,
                             CountryGazetteer gazetteer, PageTokens pageTokens) {
        PeopleFinder finder = new PeopleFinder(vocabulary, gazetteer, pageTokens);
        paragraphs.forEach(paragraph -> finder.read(paragraph, false));
        finder.read(title, true);
        return finder.people.entrySet().stream()
                .filter(person -> finder.isPerson(person.getKey()))
                .map(Map.Entry::getValue)
                .toList();
    }

    /**
     * A name read bare ("Koha Ditore") is a person's unless it also stands where a place's or a medium's name
     * does ("told Koha Ditore", "in Kvemo Kartli"); a name that is marked somewhere on the page, or whose
     * surname speaks alone, is a person's whatever else the page does with it.
     */
    private boolean isPerson(String key) {
        if (!related(key, doubted)) {
            return true;
        }
        String surname = key.substring(key.lastIndexOf(' ') + 1);
        return related(key, marked) || speakers.contains(surname);
    }

    /** Whether the set holds the name or a longer or shorter form of it ("van der meulen", "jan van der meulen"). */
    private static boolean related(String key, Set<String> names) {
        for (String name : names) {
            if (name.equals(key) || name.endsWith(" " + key) || key.endsWith(" " + name)) {
                return true;
            }
        }
        return false;
    }

    private void read(String paragraph, boolean isTitle) {
        List<Token> tokens = pageTokens.of(paragraph);
        PersonNames names = new PersonNames(tokens, paragraph, vocabulary, gazetteer);
        RolePhrase roles = new RolePhrase(tokens, names);
        Set<Integer> claimed = new HashSet<>();
        List<AreaPhrases.Range> areas = pageTokens.areas(paragraph);
        noteSpeakers(tokens);
        Optional<String> shared = Optional.empty();
        int sharedAt = -1;
        Optional<String> listRole = Optional.empty();
        int listEnd = -1;
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).isWord() || !tokens.get(i).isCapitalised() || AreaPhrases.covers(areas, i)) {
                i++;
                continue;
            }
            int end = names.runEnd(i);
            int start = names.nameStart(i, end);
            boolean isName = names.isName(start, end);
            if (isName && !(start == i && names.followsArticle(start))) {
                Mention mention = new Mention(tokens, paragraph, names, roles, i, start, end);
                // "the region Kvemo Kartli" names a thing; "Deputy Governor of Sarn region Jane Doe" closes an area's
                // name, and the name after it is the holder's
                boolean namesAThing = i == start && THING_NOUNS.contains(before(tokens, start))
                        && !closesAreaName(tokens, start - 1);
                Optional<String> role = namesAThing ? Optional.empty() : mention.role(claimed);
                if (role.isEmpty() && start == sharedAt) {
                    role = shared;
                }
                boolean described = mention.describedByPersonsNoun();
                if (role.isEmpty() && described) {
                    // "Students Jane Doe and John Roe, who led the campaign", "including farmers Jane Doe and John
                    // Roe": the plural noun is both people's role
                    role = Optional.of(roles.personsNounBefore(start - 1).text(tokens, paragraph));
                }
                boolean listed = listEnd >= 0 && i == start && continuesList(tokens, listEnd, start);
                if (listed && role.isEmpty()) {
                    role = listRole;
                }
                boolean opensList = mention.hasPluralHonorific() || described;
                if (opensList) {
                    // "(Ambassadors Igor Popov of the Russian Federation, Stéphane Visconti of France, and ...)"
                    listRole = role;
                }
                listEnd = opensList || listed ? end : -1;
                if (role.isPresent() && end + 1 < tokens.size() && tokens.get(end).is("and") && isPlural(role.get())) {
                    // "The Special Representatives ... on Youth and Security, Elif Demirci and Jonas Brenner,"
                    shared = role;
                    sharedAt = end + 1;
                }
                boolean speaks = mention.nextToSpeech() && !(i == start && LOCATIVE.contains(before(tokens, start)));
                boolean isMarked = !namesAThing && (role.isPresent() || speaks) || mention.hasHonorific() || listed;
                String name = names.text(start, end);
                if (isMarked) {
                    marked.add(name.toLowerCase(Locale.ROOT));
                    add(name, role.or(mention::roleAfterAs));
                } else if (i == start && standsForAThing(tokens, paragraph, start)) {
                    doubted.add(name.toLowerCase(Locale.ROOT));
                } else if (!isTitle && i == start && (!NOT_BEFORE_BARE_NAME.contains(before(tokens, start))
                        || mention.opensRelativeClauseOfAPerson()) && isBareName(tokens, start, end)) {
                    add(name, mention.roleAfterAs());
                }
            } else if (isName) {
                // "the Sandžak Danas": a name after "the" is a body's or a medium's
                doubted.add(names.text(start, end).toLowerCase(Locale.ROOT));
            }
            i = end;
        }
    }

    /** Whether the lower-case area noun at {@code noun} closes a capitalised area's name: "Sarn region". */
    private static boolean closesAreaName(List<Token> tokens, int noun) {
        return noun > 0 && tokens.get(noun).isLowerCase() && AreaPhrases.isAreaNoun(tokens.get(noun).text())
                && tokens.get(noun - 1).isWord() && tokens.get(noun - 1).isCapitalised();
    }

    /**
     * Whether the name at {@code start} goes on a list of names that a plural form of address opens, the last
     * of them ending at {@code previousEnd}: only commas, "and" and an origin ("of France") lie between.
     */
    private static boolean continuesList(List<Token> tokens, int previousEnd, int start) {
        if (start <= previousEnd || start - previousEnd > MAX_LIST_GAP) {
            return false;
        }
        boolean separated = false;
        for (int k = previousEnd; k < start; k++) {
            Token token = tokens.get(k);
            separated |= token.is(",") || token.is("and");
            if (!token.is(",") && !token.is("and") && !token.is("of") && !token.is("the")
                    && !(token.isWord() && token.isCapitalised())) {
                return false;
            }
        }
        return separated;
    }

    /** Whether a role names several holders: "Special Representatives of ...", "Co-Chairs of ...". */
    private static boolean isPlural(String role) {
        for (String word : Tokenizer.letterWords(role)) {
            if (word.length() > 1 && word.endsWith("s") && !Vocabulary.isRoleWord(word)
                    && Vocabulary.isRoleWord(word.substring(0, word.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPossessive(Token token) {
        return token.is("’s") || token.is("'s");
    }

    private static String before(List<Token> tokens, int i) {
        return i > 0 ? tokens.get(i - 1).text() : "";
    }

    /** "Hadžić said", "said Ljajić.": a single capitalised word as the subject of a verb of speech. */
    private void noteSpeakers(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!SPEECH.contains(tokens.get(i).text())) {
                continue;
            }
            if (i > 0 && isSingleCapitalised(tokens, i - 1)) {
                speakers.add(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
            }
            if (SPEECH_BEFORE_SUBJECT.contains(tokens.get(i).text()) && i + 1 < tokens.size()
                    && isSingleCapitalised(tokens, i + 1)) {
                speakers.add(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
            }
        }
    }

    private static boolean isSingleCapitalised(List<Token> tokens, int i) {
        return tokens.get(i).isWord() && tokens.get(i).isCapitalised() && !tokens.get(i).isAllCapitals()
                && (i == 0 || !tokens.get(i - 1).isCapitalised()) 
                && (i + 1 == tokens.size() || !tokens.get(i + 1).isCapitalised());
    }

    /**
     * Whether the name at {@code start} stands where a place, a body or a medium is named: after a preposition
     * of place or "told" ("visited Banjska and Žerovnica", "told Koha Ditore"), after the noun of a thing ("the
     * daily Dnevni Avaz"), or in a list after a known place ("Samtskhe-Javakheti and Kvemo Kartli").
     */
    private boolean standsForAThing(List<Token> tokens, String paragraph, int start) {
        if (start == 0) {
            return false;
        }
        String before = tokens.get(start - 1).text();
        if (PLACE_CONTEXT.contains(before) || THING_NOUNS.contains(before) || before.equals("/")) {
            // "Bardhi Madh/Veliki Belaćevac": the name after a slash is a place's in its other language
            return true;
        }
        if (before.equals(",") && start >= 2 && THING_NOUNS.contains(tokens.get(start - 2).text())) {
            // "the region’s water utility, Popasnianskyi Vodokanal, ...": the name of the thing just named
            return true;
        }
        if (!before.equals("and") && !before.equals(",") || before.equals(",") && opensAClause(tokens, start)) {
            // "In Tbilisi, Gela Beridze runs a farm", "At the Staff College, Jana Novak leads the course": a
            // name before a verb is the subject of the clause after the comma, not the next member of a list
            return false;
        }
        for (int from = Math.max(0, start - 1 - PersonNames.MAX_WORDS); from < start - 1; from++) {
            if (gazetteer.matchAt(tokens, paragraph, from) == start - 1) {
                return true;
            }
        }
        // "visited Dolna Banja and Gorni Rid": a list goes on where its first member stands
        int previous = start - 1;
        while (previous > 0 && start - 1 - previous < PersonNames.MAX_WORDS && tokens.get(previous - 1).isWord()
                && tokens.get(previous - 1).isCapitalised()) {
            previous--;
        }
        return previous < start - 1 && standsForAThing(tokens, paragraph, previous);
    }

    /** Whether the run of capitalised words at {@code start} is followed by a lower-case word other than a joiner. */
    private static boolean opensAClause(List<Token> tokens, int start) {
        int end = start;
        while (end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalised()) {
            end++;
        }
        return end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isLowerCase()
                && !LIST_WORDS.contains(tokens.get(end).text()) && !RolePhrase.JOINERS.contains(tokens.get(end).text());
    }

    /**
     * A bare run of name-like words is a name when none of its words is an ordinary word of the article, not
     * all of them are English words, and it does not open a sentence with an English word ("Knowing Georgian").
     */
    private boolean isBareName(List<Token> tokens, int start, int end) {
        if (Tokenizer.opensSentence(tokens, start) && Vocabulary.isEnglishWord(tokens.get(start).text())) {
            return false;
        }
        boolean allEnglish = true;
        for (int i = start; i < end; i++) {
            String word = tokens.get(i).text();
            if (vocabulary.isOrdinaryWord(word)) {
                return false;
            }
            allEnglish &= Vocabulary.isEnglishWord(word);
        }
        return !allEnglish;
    }

    /**
     * Adds a person once. A name that ends another one's ("Van der Meulen" after "Jan van der Meulen", "Vasić
     * Jovanović" after "Jelena Vasić Jovanović") is the same person named again; a longer name that ends with a
     * known one replaces it.
     */
    private void add(String name, Optional<String> role) {
        String key = name.toLowerCase(Locale.ROOT);
        if (people.size() >= MAX_PEOPLE && !people.containsKey(key)) {
            return;
        }
        Optional<String> longer = people.keySet().stream().filter(known -> known.endsWith(" " + key)).findFirst();
        if (longer.isPresent()) {
            merge(longer.get(), people.get(longer.get()).name(), role);
            return;
        }
        Optional<String> shorter = people.keySet().stream().filter(known -> key.endsWith(" " + known)).findFirst();
        if (shorter.isPresent()) {
            Map<String, Person> renamed = new LinkedHashMap<>();
            people.forEach((known, person) -> renamed.put(known.equals(shorter.get()) ? key : known,
                    known.equals(shorter.get()) ? new Person(name, person.role()) : person));
            people.clear();
            people.putAll(renamed);
        }
        merge(key, name, role);
    }

    private void merge(String key, String name, Optional<String> role) {
        Person known = people.get(key);
        if (known == null) {
            people.put(key, new Person(name, role));
        } else if (known.role().isEmpty() && role.isPresent()) {
            people.put(key, new Person(known.name(), role));
        }
    }

    /** One mention of a name: the run of capitalised words [runStart, end) whose tail [start, end) is the name. */
    private record Mention(List<Token> tokens, String paragraph, PersonNames names, RolePhrase roles,
                           int runStart, int start, int end) {

        /** The first word of the run that is not a form of address. */
        int afterHonorifics() {
            int i = runStart;
            while (i < start && Vocabulary.isHonorific(tokens.get(i).text())) {
                i++;
            }
            return i;
        }

        /** "Ambassador John McGregor", or "Mr. John Smith", whose dot ends the run before the name. */
        boolean hasHonorific() {
            return afterHonorifics() > runStart
                    || runStart >= 2 && tokens.get(runStart - 1).is(".")
                    && Vocabulary.isHonorific(tokens.get(runStart - 2).text());
        }

        /**
         * "Students Jane Doe and John Roe", "met farmers Jane Doe and John Roe": a plural noun of persons opening the
         * sentence in the run before the name, or in lower case right before it.
         */
        boolean describedByPersonsNoun() {
            return start == runStart + 1 && names.opensWithPersonsNoun(runStart)
                    || start == runStart && start > 0 && tokens.get(start - 1).isLowerCase()
                    && PersonNames.isPersonsNoun(tokens.get(start - 1));
        }

        /** "Ambassadors Igor Popov ...": a form of address in the plural opens a list of names. */
        boolean hasPluralHonorific() {
            for (int i = runStart; i < start; i++) {
                if (Vocabulary.isPluralHonorific(tokens.get(i).text())) {
                    return true;
                }
            }
            return false;
        }

        /** "the story of Amina Hodžić, who was beaten": ", who" after a name says it is a person's. */
        boolean opensRelativeClauseOfAPerson() {
            return end + 1 < tokens.size() && tokens.get(end).is(",")
                    && RELATIVES_OF_PERSONS.contains(tokens.get(end + 1).text());
        }

        boolean nextToSpeech() {
            return runStart > 0 && SPEECH_BEFORE_SUBJECT.contains(tokens.get(runStart - 1).text())
                    || end < tokens.size() && SPEECH.contains(tokens.get(end).text());
        }

        /** The role before the name and the role after it, joined as the site joins them. */
        Optional<String> role(Set<Integer> claimed) {
            Optional<String> before = roleBefore(claimed);
            Optional<String> after = roleAfter(claimed);
            if (before.isPresent() && after.isPresent()) {
                // "Senator Robert Castellano, Chairman of the Commission ...": a one-word title used as a form
                // of address gives way to the role written out after the name
                return before.get().indexOf(' ') < 0 ? after : Optional.of(before.get() + ", " + after.get());
            }
            return before.or(() -> after);
        }

        /**
         * The role written before the name, past any form of address: in the same run ("President Giorgi
         * Margvelashvili"), before a comma ("the Prime Minister of Georgia, Irakli Garibashvili"), or both
         * ("The OSCE Chairman-in-Office, Kazakh Foreign Minister Kanat Saudabayev").
         */
        private Optional<String> roleBefore(Set<Integer> claimed) {
            int first = start - 1;
            while (first >= 0 && (Vocabulary.isHonorific(tokens.get(first).text()) || isHonorificDot(first))) {
                first--;
            }
            int before = first;
            if (before < 0) {
                return Optional.empty();
            }
            if (tokens.get(before).is(",")) {
                return roleBeforeComma(before, claimed).map(span -> span.text(tokens, paragraph));
            }
            if (tokens.get(before).is("(") && before > 0 && before < runStart) {
                // "The Co-Chairs of the OSCE Minsk Group (Ambassadors Igor Popov ...": the holders in brackets
                return roles.backward(before - 1).map(span -> span.text(tokens, paragraph));
            }
            if (isPossessive(tokens.get(before))) {
                // "Chief of ODIHR’s Contact Point": the words after a possessive name what the owner has
                return Optional.empty();
            }
            if (tokens.get(before).isLowerCase()) {
                // "including journalist Andrzej Poczobut", "former Croatian judge Ivana Perković"
                // "the Special Representative for the peace process Jane Doe": a post's field ends in lower case
                // "Deputy Chairperson of Sarn region Jane Doe": a capitalised post whose area ends in lower case
                return roles.lowerCaseBefore(before).map(this::withQualifier).or(() -> roles.postWithField(before))
                        .or(() -> RolePhrase.JOINERS.contains(tokens.get(before).text()) ? Optional.empty()
                                : roles.backward(before).map(this::withQualifier))
                        .map(span -> span.text(tokens, paragraph));
            }
            Optional<RolePhrase.Span> near = roles.backward(before).or(() -> roles.postWithField(before))
                    .map(this::withQualifier);
            if (near.isEmpty()) {
                return Optional.empty();
            }
            String role = near.get().text(tokens, paragraph);
            int comma = near.get().start() - 1;
            // "The Co-Chairs, Jane Roe, EU Special Representative ... John Doe": a plural role before the comma
            // names several holders, listed after it, and is no part of the one role before this name
            return Optional.of(comma >= 0 && tokens.get(comma).is(",")
                    ? roleBeforeComma(comma, claimed).map(far -> far.text(tokens, paragraph))
                    .filter(far -> !isPlural(far)).map(far -> far + ", " + role).orElse(role)
                    : role);
        }

        /** "former Vice-President Joe Biden": a lower-case word of time before a role is part of it. */
        private RolePhrase.Span withQualifier(RolePhrase.Span span) {
            int first = span.start() - 1;
            return first >= 0 && RolePhrase.isQualifier(tokens.get(first).text())
                    ? new RolePhrase.Span(first, span.end()) : span;
        }

        /** The dot of "Mr." or "Dr.". */
        private boolean isHonorificDot(int i) {
            return tokens.get(i).is(".") && i > 0 && Vocabulary.isHonorific(tokens.get(i - 1).text());
        }

        /** "Dmitry Medvedev, President of the Russian Federation, Serzh Sargsyan": that role is Medvedev's. */
        private Optional<RolePhrase.Span> roleBeforeComma(int comma, Set<Integer> claimed) {
            if (comma < 1 || claimed.contains(comma - 1)) {
                return Optional.empty();
            }
            // "including the acting Head of the ... Department, Jane Doe": a word of time before the role is part of it
            return roles.backward(comma - 1).or(() -> roles.lowerCaseBackward(comma - 1))
                    .or(() -> roles.postWithField(comma - 1)).map(this::withQualifier);
        }

        private Optional<String> roleAfter(Set<Integer> claimed) {
            int i = end;
            Optional<RolePhrase.Span> bracketed = Optional.empty();
            if (i < tokens.size() && tokens.get(i).is("(")) {
                // "Isabel Santos (MP, Portugal), Chairperson of ...": the bracket is not the role, unless it
                // holds nothing but a body's name: "Firdavs Rahimov (Main Directorate of Border Troops)"
                bracketed = roles.affiliation(i + 1).filter(this::fillsBracket);
                while (i < tokens.size() && !tokens.get(i).is(")")) {
                    i++;
                }
                i++;
            }
            if (i + 1 < tokens.size() && tokens.get(i).is("of") && names.placeEnd(i + 1) > i + 1) {
                // "Kari Henriksen of Norway, the Assembly’s Special Representative": the origin is not the role
                int origin = i + 1;
                i = names.placeEnd(origin);
                if (i + 1 < tokens.size() && isPossessive(tokens.get(i))) {
                    // "Jane Doe of Morocco’s General Directorate of Information Systems Security,": the State's body
                    Optional<RolePhrase.Span> body = roles.affiliation(i + 1)
                            .map(span -> new RolePhrase.Span(origin, span.end()));
                    if (body.isPresent()) {
                        return claim(body, claimed);
                    }
                }
            }
            if (i + 2 < tokens.size() && tokens.get(i).is("of") && tokens.get(i + 1).is("the")) {
                // "Colonel Firdavs Rahimov of the Main Directorate of Border Troops of Tajikistan.": the body
                return claim(roles.affiliation(i + 2), claimed);
            }
            if (i < tokens.size() && tokens.get(i).is("from")) {
                // "said Jane Doe from the State Border Service.": the body closing the clause is the affiliation
                Optional<RolePhrase.Span> body = roles.affiliationAfterFrom(i);
                if (body.isPresent()) {
                    return claim(body, claimed);
                }
            }
            if (i >= tokens.size() || !tokens.get(i).is(",")) {
                return claim(bracketed, claimed);
            }
            int next = i + 1;
            Optional<RolePhrase.Span> after = roles.forward(next).or(() -> roleAfterWho(next))
                    .or(() -> roles.affiliationAfterFrom(next));
            return claim(after.isPresent() ? after : bracketed, claimed);
        }

        /** A body's name of two words or more, not an acronym, that ends where its bracket closes. */
        private boolean fillsBracket(RolePhrase.Span span) {
            return span.end() - span.start() >= 2 && !tokens.get(span.start()).isAllCapitals()
                    && span.end() < tokens.size() && tokens.get(span.end()).is(")");
        }

        /** The role's text, its tokens claimed so that no later name takes it as the role written before it. */
        private Optional<String> claim(Optional<RolePhrase.Span> span, Set<Integer> claimed) {
            span.ifPresent(s -> {
                for (int t = s.start(); t < s.end(); t++) {
                    claimed.add(t);
                }
            });
            return span.map(s -> s.text(tokens, paragraph));
        }

        /**
         * "Jan Braathu, who heads the OSCE Mission to Serbia": the clause of a verb of office is the role;
         * "X, who is the Head of ...", "X, who serves as Head of ...": the role after the verb.
         */
        private Optional<RolePhrase.Span> roleAfterWho(int who) {
            if (who + 1 >= tokens.size() || !tokens.get(who).is("who")) {
                return Optional.empty();
            }
            if (OFFICE_VERBS.contains(tokens.get(who + 1).text())) {
                return roles.clause(who + 1);
            }
            int from = who + 1;
            while (from < tokens.size() && (BEFORE_ROLE_AFTER_WHO.contains(tokens.get(from).text())
                    || BEFORE_ROLE_AFTER_AS.contains(tokens.get(from).text()))) {
                from++;
            }
            return from > who + 1 ? roles.forward(from) : Optional.empty();
        }

        /** "Ralf Breth of Germany took up his post as the new Head of the OSCE Mission to Skopje". */
        Optional<String> roleAfterAs() {
            for (int i = end; i < tokens.size() && i < end + AS_ROLE_REACH; i++) {
                Token token = tokens.get(i);
                if (token.is(".") || token.is(";") || i > end && names.nameInRun(i) >= 0) {
                    return Optional.empty();
                }
                if (token.is("as")) {
                    int from = i + 1;
                    while (from < tokens.size() && BEFORE_ROLE_AFTER_AS.contains(tokens.get(from).text())) {
                        from++;
                    }
                    return roles.forward(from).map(span -> span.text(tokens, paragraph));
                }
            }
            return Optional.empty();
        }
    }
}
