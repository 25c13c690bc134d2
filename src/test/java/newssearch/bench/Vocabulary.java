package newssearch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The words of synthetic articles with Zipf-like frequencies: the word of rank r is drawn with probability
 * proportional to 1 / (r + 2.7), as in natural text (Zipf-Mandelbrot). The head is the lower-case words of real
 * OSCE articles, most frequent first; the long tail is made-up words ("bidoka"), each spelled from its rank, so
 * that rare terms are as rare as in a real corpus of this size.
 */
final class Vocabulary {

    static final int SIZE = 100_000;
    private static final double SHIFT = 2.7;
    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";

    private final String[] words;
    private final double[] cumulative;
    private final int realWords;

    private Vocabulary(List<String> head) {
        this.realWords = head.size();
        this.words = new String[SIZE];
        for (int rank = 0; rank < SIZE; rank++) {
            words[rank] = rank < head.size() ? head.get(rank) : madeUpWord(rank);
        }
        this.cumulative = new double[SIZE];
        double sum = 0;
        for (int rank = 0; rank < SIZE; rank++) {
            sum += 1.0 / (rank + 1 + SHIFT);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < SIZE; rank++) {
            cumulative[rank] /= sum;
        }
    }

    /** The vocabulary every benchmark corpus is written with. */
    static Vocabulary standard() {
        return new Vocabulary(Lines.of("words.txt"));
    }

    /** A word drawn with its Zipf probability. */
    String sample(SplittableRandom random) {
        int rank = Arrays.binarySearch(cumulative, random.nextDouble());
        return words[rank < 0 ? Math.min(-rank - 1, SIZE - 1) : rank];
    }

    String word(int rank) {
        return words[rank];
    }

    /** How many ranks at the head are real words. */
    int realWords() {
        return realWords;
    }

    /** Expected occurrences of the word of {@code rank} in {@code tokens} drawn words. */
    double expectedCount(int rank, long tokens) {
        double previous = rank == 0 ? 0 : cumulative[rank - 1];
        return (cumulative[rank] - previous) * tokens;
    }

    /** Consonant-vowel syllables spelling the rank in base 70, at least three: unique, pronounceable, not English. */
    private static String madeUpWord(int rank) {
        int syllables = CONSONANTS.length() * VOWELS.length();
        StringBuilder word = new StringBuilder();
        int n = rank + syllables * syllables;
        while (n > 0) {
            int syllable = n % syllables;
            word.append(CONSONANTS.charAt(syllable / VOWELS.length())).append(VOWELS.charAt(syllable % VOWELS.length()));
            n /= syllables;
        }
        return word.toString();
    }

    /** Non-comment lines of a resource beside this class. */
    static final class Lines {
        private Lines() {
        }

        static List<String> of(String resource) {
            InputStream in = Vocabulary.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("missing resource newssearch/bench/" + resource);
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        lines.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return List.copyOf(lines);
        }
    }
}
