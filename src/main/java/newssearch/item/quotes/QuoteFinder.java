package newssearch.item.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import newssearch.item.Person;
import newssearch.item.Quote;
import newssearch.item.people.PageTokens;
import newssearch.item.people.Vocabulary;
import newssearch.item.text.Resources;
import newssearch.item.text.Token;
import newssearch.item.text.Tokenizer;
import newssearch.item.text.WhiteSpace;
import newssearch.item.text.WordSets;

/**
 * Finds the quotations of an article (title, lead, body) and who said them. A speaker is read, in this order,
 * from the words after the quotation up to the end of its sentence ("“…,” said Jane Doe, Head of …", "“…,” Doe
 * said", "“…,” he said"), from the words before it in its sentence ("Jane Doe, Head of …, said: “…”"), from
 * another quotation of the same paragraph ("“…,” said Doe. “…”"), or, for a quotation that opens its sentence,
 * from the subject of the sentence before ("Doe highlighted the need for co-operation. “…”"). A pronoun stands for
 * the person last named as a subject. Quoted words are not a quotation when they are fewer than four, written as a
 * title ("“Critical Infrastructure Protection in Central Asia”"), or a name after a word such as "on" or
 * "project" without a stop of their own.
 */
public final class QuoteFinder {

    static final int MIN_WORDS = 4;
    private static final Set<String> SPEECH = WordSets.copyOf(Resources.lines("speech-verbs.txt"));
    private static final Set<String> TITLE_CUES = WordSets.copyOf(Resources.lines("quote-title-cues.txt"));
    private static final Set<String> PERSON_NOUNS = WordSets.copyOf(Resources.lines("person-nouns.txt"));
    /** "Another participant", "One of the graduates", "A young woman officer": how an unnamed subject opens. */
    private static final Set<String> UNNAMED_OPENERS = WordSets.of("A", "An", "Another", "One", "Each", "This", "That");
    private static final int UNNAMED_REACH = 4;
    private static final Set<String> APPOSITION_JOINERS = WordSets.of("from", "of", "in", "at", "the", "for", "and");
    /** Words a title leaves in lower case ("Protection of Human Rights in the OSCE Region"). */
    private static final Set<String> MINOR_WORDS = WordSets.of("a", "an", "the", "and", "or", "of", "in", "on", "for",
            "to", "at", "by", "with", "from", "against", "into", "through", "towards", "as", "its", "their", "our");

    /** Who said a quotation, as far as its own sentence tells; {@code attributed} false when it tells nothing. */
    private record Attribution(boolean attributed, Optional<Person> speaker) {

        static final Attribution NONE = new Attribution(false, Optional.empty());
    }

    /**
     * A quotation found in the paragraph being read.
     *
     * @param previousSubject the subject of the sentence before the quotation's, for one that opens its sentence
     */
    private record Candidate(String text, Attribution attribution, Optional<Person> previousSubject,
                             boolean opensSentence, boolean closed) {

        Candidate withSpeaker(Optional<Person> speaker) {
            return new Candidate(text, new Attribution(true, speaker), previousSubject, opensSentence, closed);
        }
    }

    private final Speakers speakers;
    private final PageTokens pageTokens;
    private final Map<String, Quote> quotes = new LinkedHashMap<>();
    private Optional<Person> lastSubject = Optional.empty();
    private Optional<Person> previousSentenceSubject = Optional.empty();
    /** The last quotation of the paragraph before, which ended before its closing mark. */
    private Candidate open;

    private QuoteFinder(List<Person> people, PageTokens pageTokens) {
        this.speakers = new Speakers(people);
        this.pageTokens = pageTokens;
    }

    /**
     * @param title       the article's title
     * @param leadAndBody the lead, then the body's paragraphs (without the repeated lead)
     * @param people      the item's people; a speaker is always one of them
     */
    public static List<Quote> find(String title, List<String> leadAndBody, List<Person> people) {
        return find(title, leadAndBody, people, new PageTokens());
    }

    /** As {@link #find(String, List, List)}, with the page's tokens. */
    public static List<Quote> find(String title, List<String> leadAndBody, List<Person> people, PageTokens pageTokens) {
        if (!QuoteMarks.hasMark(title) && leadAndBody.stream().noneMatch(QuoteMarks::hasMark)) {
            return List.of();
        }
        QuoteFinder finder = new QuoteFinder(people, pageTokens);
        finder.read(title);
        finder.finishOpen();
        finder.lastSubject = Optional.empty();
        finder.previousSentenceSubject = Optional.empty();
        // The paragraphs after the last quotation mark can neither hold nor attribute a quotation.
        int last = leadAndBody.size() - 1;
        while (last >= 0 && !QuoteMarks.hasMark(leadAndBody.get(last))) {
            last--;
        }
        leadAndBody.subList(0, last + 1).forEach(finder::read);
        finder.finishOpen();
        return List.copyOf(finder.quotes.values());
    }

    private void read(String paragraph) {
        List<Token> tokens = pageTokens.of(paragraph);
        if (tokens.isEmpty()) {
            return;
        }
        List<QuoteMarks.Span> spans = QuoteMarks.hasMark(paragraph)
                ? QuoteMarks.spans(tokens, paragraph) : List.of();
        boolean continues = open != null && !spans.isEmpty() && spans.get(0).open() == 0;
        if (!continues) {
            finishOpen();
        }
        boolean[] quoted = new boolean[tokens.size()];
        for (QuoteMarks.Span span : spans) {
            for (int i = span.open(); i <= span.close() && i < tokens.size(); i++) {
                quoted[i] = true;
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        int sentenceStart = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i == tokens.size() - 1 || endsSentence(tokens, quoted, spans, paragraph, i)) {
                readSentence(paragraph, tokens, quoted, spans, sentenceStart, i + 1, continues, candidates);
                sentenceStart = i + 1;
            }
        }
        resolve(candidates);
    }

    /** "." outside quotation marks, not after "Mr" or an initial; or a closing mark after a quoted stop. */
    private static boolean endsSentence(List<Token> tokens, boolean[] quoted, List<QuoteMarks.Span> spans,
                                        String paragraph, int i) {
        Token token = tokens.get(i);
        boolean nextIsLowerCase = i + 1 < tokens.size() && tokens.get(i + 1).isWord()
                && tokens.get(i + 1).isLowerCase();
        if (!quoted[i]) {
            if (!(token.is(".") || token.is("!") || token.is("?")) || nextIsLowerCase) {
                return false;
            }
            Token before = i > 0 ? tokens.get(i - 1) : null;
            return !(token.is(".") && before != null && (Vocabulary.isHonorific(before.text())
                    || before.text().length() == 1 && before.isCapitalised()));
        }
        for (QuoteMarks.Span span : spans) {
            if (span.close() == i) {
                String text = span.text(tokens, paragraph);
                return !text.isEmpty() && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0 && !nextIsLowerCase
                        && !(i + 1 < tokens.size() && tokens.get(i + 1).is(","));
            }
        }
        return false;
    }

    private void readSentence(String paragraph, List<Token> tokens, boolean[] quoted, List<QuoteMarks.Span> spans,
                              int start, int end, boolean continues, List<Candidate> candidates) {
        List<QuoteMarks.Span> inSentence = spans.stream().filter(s -> s.open() >= start && s.open() < end).toList();
        Optional<Person> sentenceSubject = Optional.empty();
        for (int k = 0; k < inSentence.size(); k++) {
            QuoteMarks.Span span = inSentence.get(k);
            int beforeFrom = k > 0 ? inSentence.get(k - 1).close() + 1 : start;
            int afterTo = k + 1 < inSentence.size() ? inSentence.get(k + 1).open() : end;
            String text = span.text(tokens, paragraph);
            boolean closed = span.closed(tokens);
            if (continues && span.open() == 0) {
                Attribution after = closed ? attributionAfter(tokens, quoted, span.close() + 1, afterTo, text)
                        : Attribution.NONE;
                Candidate joined = new Candidate((open.text() + " " + text).strip(),
                        after.attributed() ? after : open.attribution(), open.previousSubject(), open.opensSentence(),
                        closed);
                open = null;
                joined.attribution().speaker().ifPresent(speaker -> lastSubject = Optional.of(speaker));
                candidates.add(joined);
                continue;
            }
            if (!isQuotation(tokens, span, text)) {
                continue;
            }
            Attribution attribution = closed ? attributionAfter(tokens, quoted, span.close() + 1, afterTo, text)
                    : Attribution.NONE;
            if (!attribution.attributed()) {
                attribution = attributionBefore(tokens, quoted, beforeFrom, span.open());
            }
            attribution.speaker().ifPresent(speaker -> lastSubject = Optional.of(speaker));
            candidates.add(new Candidate(text, attribution, previousSentenceSubject, span.open() == start, closed));
            if (sentenceSubject.isEmpty()) {
                sentenceSubject = attribution.speaker();
            }
        }
        Optional<Speakers.Mention> subject = speakers.firstSubject(tokens, quoted, start, end, lastSubject);
        int unnamed = unnamedSubjectEnd(tokens, start, end);
        if (unnamed >= 0 && !(subject.isPresent() && isApposition(tokens, unnamed, subject.get().start()))) {
            // "Another participant, a woman officer from Afghanistan, spoke of …": "she" is nobody named
            previousSentenceSubject = Optional.empty();
            lastSubject = Optional.empty();
            return;
        }
        if (subject.isPresent() && subject.get().speaker().isPresent()) {
            sentenceSubject = subject.get().speaker();
        }
        previousSentenceSubject = sentenceSubject;
        sentenceSubject.ifPresent(person -> lastSubject = Optional.of(person));
    }

    /**
     * Whether only a place or a body stands between an unnamed person and a name, so that the name is in apposition:
     * "A participant from the Ministry of Interior, Jane Doe, said", not "A participant thanked Jane Doe".
     */
    private static boolean isApposition(List<Token> tokens, int unnamedEnd, int nameStart) {
        for (int i = unnamedEnd + 1; i < nameStart; i++) {
            Token token = tokens.get(i);
            if (token.isWord() && token.isLowerCase() && !APPOSITION_JOINERS.contains(token.text())) {
                return false;
            }
        }
        return nameStart > unnamedEnd;
    }

    /**
     * Where the person noun of a sentence that opens with an unnamed person ends ("Another participant", "One of
     * the graduates"), or -1 when it opens otherwise. A name right after it ("One of them, Iryna Kovalenko, …")
     * names the subject after all.
     */
    private static int unnamedSubjectEnd(List<Token> tokens, int start, int end) {
        if (start >= end || !UNNAMED_OPENERS.contains(tokens.get(start).text())) {
            return -1;
        }
        for (int i = start + 1; i < end && i <= start + UNNAMED_REACH; i++) {
            Token token = tokens.get(i);
            if (!token.isWord() || token.isCapitalised()) {
                return -1;
            }
            String word = token.text();
            if (PERSON_NOUNS.contains(word) || word.endsWith("s") && tokens.get(start).is("One")
                    && PERSON_NOUNS.contains(word.substring(0, word.length() - 1))) {
                return i + 1 < end && tokens.get(i + 1).is(",") ? i + 1 : i;
            }
        }
        return -1;
    }

    /** "“…,” said Jane Doe" / "“…,” Doe said" / "“…,” he said" / "“…,” the Head of Mission said". */
    private Attribution attributionAfter(List<Token> tokens, boolean[] quoted, int from, int to, String text) {
        if (!hasSpeech(tokens, quoted, from, to)) {
            return Attribution.NONE;
        }
        Optional<Speakers.Mention> mention = speakers.firstSubject(tokens, quoted, from, to, lastSubject);
        if (mention.isPresent()) {
            return new Attribution(true, mention.get().speaker());
        }
        // "“…,” said the Mission": a speaker the item names no person for
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        return last == ',' || last == '?' || last == '!' ? new Attribution(true, Optional.empty()) : Attribution.NONE;
    }

    /** "Jane Doe, Head of …, said: “…”" / "She added: “…”" / "Doe called the plan “…”". */
    private Attribution attributionBefore(List<Token> tokens, boolean[] quoted, int from, int to) {
        Optional<Speakers.Mention> subject = speakers.firstSubject(tokens, quoted, from, to, lastSubject);
        if (subject.isPresent()) {
            return new Attribution(true, subject.get().speaker());
        }
        if (to > from && tokens.get(to - 1).is(":") || hasSpeech(tokens, quoted, from, to)) {
            return new Attribution(true, Optional.empty());
        }
        return Attribution.NONE;
    }

    /** "said", "added", "according" (to): a word that says someone spoke. */
    static boolean isSpeech(Token token) {
        return token.isWord() && SPEECH.contains(token.text().toLowerCase(Locale.ROOT));
    }

    private static boolean hasSpeech(List<Token> tokens, boolean[] quoted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!quoted[i] && isSpeech(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Enough words, not written as a title, and not a name after "on", "entitled", "project"... */
    private static boolean isQuotation(List<Token> tokens, QuoteMarks.Span span, String text) {
        if (wordCount(text) < MIN_WORDS) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        boolean ownStop = ".,!?;:…".indexOf(last) >= 0;
        // "the project “…”", "Its theme, “…”,": the cue may stand before a comma
        int cue = span.open() - 1;
        if (cue > 0 && tokens.get(cue).is(",")) {
            cue--;
        }
        if (!ownStop && cue >= 0 && TITLE_CUES.contains(tokens.get(cue).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "under the “Strengthening the rule of law” programme": the cue may follow the name
        int after = span.close() + 1;
        if (!ownStop && after < tokens.size() && !tokens.get(after).is("on")
                && TITLE_CUES.contains(tokens.get(after).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "Thank you, Ambassador Wahl." is capitalised like a title but ends as a sentence does; a question in
        // title case is a title ("Media Freedom: What Comes Next?"), as a spoken one leaves its words in lower case
        boolean sentenceStop = last == '.' || last == '!';
        return sentenceStop || !isTitleCase(text);
    }

    /** Words as people count them: "Only 5 of 27 courts" has five. */
    private static int wordCount(String text) {
        int words = 0;
        boolean counted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }

    /** "Critical Infrastructure Protection in Central Asia": three in four of the words that matter capitalised. */
    private static boolean isTitleCase(String text) {
        int major = 0;
        int capitalised = 0;
        for (String word : Tokenizer.letterWords(text)) {
            if (!MINOR_WORDS.contains(word)) {
                major++;
                capitalised += Character.isUpperCase(word.codePointAt(0)) ? 1 : 0;
            }
        }
        return capitalised * 4 >= major * 3;
    }

    /**
     * Gives each quotation of a paragraph that its sentence does not attribute the speaker of the nearest
     * attributed one before it, else after it, else (when it opens its sentence) the previous sentence's subject.
     */
    private void resolve(List<Candidate> candidates) {
        for (int k = 0; k < candidates.size(); k++) {
            Candidate candidate = candidates.get(k);
            if (!candidate.attribution().attributed()) {
                candidate = candidate.withSpeaker(inherited(candidates, k)
                        .orElse(candidate.opensSentence() ? candidate.previousSubject() : Optional.empty()));
            }
            if (k == candidates.size() - 1 && !candidate.closed()) {
                open = candidate;
            } else {
                add(candidate);
            }
        }
    }

    private static Optional<Optional<Person>> inherited(List<Candidate> candidates, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (candidates.get(j).attribution().attributed()) {
                return Optional.of(candidates.get(j).attribution().speaker());
            }
        }
        for (int j = k + 1; j < candidates.size(); j++) {
            if (candidates.get(j).attribution().attributed()) {
                return Optional.of(candidates.get(j).attribution().speaker());
            }
        }
        return Optional.empty();
    }

    private void finishOpen() {
        if (open != null) {
            add(open);
            open = null;
        }
    }

    /** Adds a quotation once: the title may repeat one of the body's words. */
    private void add(Candidate candidate) {
        String key = WhiteSpace.collapse(candidate.text().toLowerCase(Locale.ROOT));
        Optional<String> speaker = candidate.attribution().speaker().map(Person::name);
        Quote known = quotes.get(key);
        if (known == null || known.speaker().isEmpty() && speaker.isPresent()) {
            quotes.put(key, new Quote(candidate.text(), speaker));
        }
    }
}
