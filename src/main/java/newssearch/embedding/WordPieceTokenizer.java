package newssearch.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * BERT's uncased WordPiece tokenizer over the vocabulary of a Hugging Face {@code tokenizer.json}, in Java: the
 * same ids as the reference tokenizer (BertNormalizer with lowercasing and accent stripping, BertPreTokenizer,
 * WordPiece with "##" continuations, "[CLS] text [SEP]"), without the native library DJL's tokenizer would fetch.
 * Immutable once read, so any thread may use it.
 */
final class WordPieceTokenizer {

    private static final String CONTINUATION = "##";
    /** A longer word is one unknown token, as the reference's {@code max_input_chars_per_word} has it. */
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocabulary;
    private final int unknown;
    private final int classify;
    private final int separator;

    private WordPieceTokenizer(Map<String, Integer> vocabulary) {
        this.vocabulary = vocabulary;
        this.unknown = id("[UNK]");
        this.classify = id("[CLS]");
        this.separator = id("[SEP]");
    }

    /**
     * Reads the WordPiece vocabulary of a {@code tokenizer.json}: its {@code model.vocab} object of token to id,
     * streamed (a tree of the whole file took three times as long).
     */
    static WordPieceTokenizer read(InputStream tokenizerJson) throws IOException {
        Map<String, Integer> vocabulary = new HashMap<>(40_000);
        String type = null;
        try (JsonParser json = new JsonFactory().createParser(tokenizerJson)) {
            expect(json.nextToken(), JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (!field.equals("model")) {
                    json.skipChildren();
                    continue;
                }
                expect(json.currentToken(), JsonToken.START_OBJECT);
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String modelField = json.currentName();
                    JsonToken value = json.nextToken();
                    if (modelField.equals("type")) {
                        type = json.getText();
                    } else if (modelField.equals("vocab") && value == JsonToken.START_OBJECT) {
                        while (json.nextToken() == JsonToken.FIELD_NAME) {
                            String token = json.currentName();
                            json.nextToken();
                            vocabulary.put(token, json.getIntValue());
                        }
                    } else {
                        json.skipChildren();
                    }
                }
            }
        }
        if (!"WordPiece".equals(type)) {
            throw new IOException("the tokenizer's model is " + type + ", not WordPiece");
        }
        return new WordPieceTokenizer(vocabulary);
    }

    private static void expect(JsonToken found, JsonToken expected) throws IOException {
        if (found != expected) {
            throw new IOException("tokenizer.json: expected " + expected + ", found " + found);
        }
    }

    private int id(String token) {
        Integer id = vocabulary.get(token);
        if (id == null) {
            throw new IllegalArgumentException("the vocabulary has no " + token + " token");
        }
        return id;
    }

    /** The token ids of {@code text} between [CLS] and [SEP], at most {@code maxTokens} of them in all. */
    Tokens encode(String text, int maxTokens) {
        int room = maxTokens - 2;
        long[] ids = new long[Math.min(room, 64) + 2];
        int count = 1;
        ids[0] = classify;
        boolean truncated = false;
        String normalized = normalize(text);
        int wordStart = -1;
        int[] pieces = new int[16];
        for (int i = 0; i <= normalized.length() && !truncated; ) {
            int cp = i < normalized.length() ? normalized.codePointAt(i) : ' ';
            boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            boolean punctuation = !space && isPunctuation(cp);
            if ((space || punctuation) && wordStart >= 0) {
                pieces = wordPieces(normalized.substring(wordStart, i), pieces);
                int n = pieces[0];
                if (count - 1 + n > room) {
                    truncated = true;
                    n = room - (count - 1);
                }
                ids = ensure(ids, count + n + 1);
                for (int p = 0; p < n; p++) {
                    ids[count++] = pieces[p + 1];
                }
                wordStart = -1;
            }
            if (punctuation && !truncated) {
                if (count - 1 + 1 > room) {
                    truncated = true;
                } else {
                    ids = ensure(ids, count + 2);
                    ids[count++] = piece(new String(Character.toChars(cp)));
                }
            } else if (!space && wordStart < 0) {
                wordStart = i;
            }
            i += i < normalized.length() ? Character.charCount(cp) : 1;
        }
        ids = ensure(ids, count + 1);
        ids[count++] = separator;
        return new Tokens(Arrays.copyOf(ids, count), truncated);
    }

    private int piece(String token) {
        return vocabulary.getOrDefault(token, unknown);
    }

    private static long[] ensure(long[] ids, int size) {
        return size <= ids.length ? ids : Arrays.copyOf(ids, Math.max(size, ids.length * 2));
    }

    /**
     * The word's pieces, longest first from the left, in {@code into} after their count at index 0; a word with a
     * part that no piece matches is one unknown token, as in BERT.
     */
    private int[] wordPieces(String word, int[] into) {
        int length = word.codePointCount(0, word.length());
        if (length > MAX_WORD_CHARS) {
            into[0] = 1;
            into[1] = unknown;
            return into;
        }
        int count = 0;
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer found = null;
            while (end > start) {
                String candidate = start > 0 ? CONTINUATION + word.substring(start, end) : word.substring(start, end);
                found = vocabulary.get(candidate);
                if (found != null) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (found == null) {
                into[0] = 1;
                into[1] = unknown;
                return into;
            }
            if (count + 2 > into.length) {
                into = Arrays.copyOf(into, into.length * 2);
            }
            into[++count] = found;
            start = end;
        }
        into[0] = count;
        return into;
    }

    /**
     * BertNormalizer: control characters dropped, other white space made a space, CJK ideographs set apart as
     * words, accents stripped (NFD, then no combining marks) and the text lowercased.
     */
    static String normalize(String text) {
        StringBuilder clean = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                return;
            }
            if (isChinese(cp)) {
                clean.append(' ').appendCodePoint(cp).append(' ');
            } else {
                clean.appendCodePoint(Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? ' ' : cp);
            }
        });
        String decomposed = Normalizer.normalize(clean, Normalizer.Form.NFD);
        StringBuilder stripped = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                .forEach(stripped::appendCodePoint);
        return stripped.toString().toLowerCase(Locale.ROOT);
    }

    /** Unicode's "other" categories (Cc, Cf, Cs, Co, Cn), tab and line breaks excepted. */
    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
    }

    /** ASCII punctuation (with $, +, <, =, >, ^, `, | and ~) or any of Unicode's punctuation categories. */
    private static boolean isPunctuation(int cp) {
        if (cp >= 33 && cp <= 47 || cp >= 58 && cp <= 64 || cp >= 91 && cp <= 96 || cp >= 123 && cp <= 126) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** The CJK ideograph blocks BERT splits character by character. */
    private static boolean isChinese(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x20000 && cp <= 0x2A6DF
                || cp >= 0x2A700 && cp <= 0x2B73F || cp >= 0x2B740 && cp <= 0x2B81F || cp >= 0x2B920 && cp <= 0x2CEAF
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F;
    }

    /**
     * A text's token ids, [CLS] first and [SEP] last.
     *
     * @param truncated whether the text had more tokens than fitted, and the rest was cut
     */
    record Tokens(long[] ids, boolean truncated) {
    }
}
