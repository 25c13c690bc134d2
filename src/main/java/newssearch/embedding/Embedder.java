package newssearch.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

/**
 * Turns texts into {@link Embedding}s with e5-small-v2 (int8-quantised, 384 dimensions), run by ONNX Runtime in
 * this JVM from the model file on the classpath: nothing is downloaded. e5 was trained with "query: " before a
 * search and "passage: " before a document, and pools its last hidden states by their mean over the real tokens;
 * both are done here. One session serves every thread ({@code OrtSession.run} is thread-safe), each call on one
 * core: the indexer's threads are the parallelism.
 */
public final class Embedder implements AutoCloseable {

    /** The model's name, as {@link #modelName()} gives it. */
    public static final String MODEL = "e5-small-v2-q";
    /** The model's window: longer texts are cut to their first tokens. */
    static final int MAX_TOKENS = 512;
    private static final String MODEL_RESOURCE = "/e5-small-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/e5-small-v2-q-tokenizer.json";

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final boolean takesTokenTypes;
    private final int dimensions;

    private Embedder(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer)
            throws OrtException {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.takesTokenTypes = session.getInputNames().contains("token_type_ids");
        NodeInfo output = session.getOutputInfo().values().iterator().next();
        long[] shape = ((TensorInfo) output.getInfo()).getShape();
        this.dimensions = (int) shape[shape.length - 1];
    }

    /**
     * Loads the model and its tokenizer from the classpath (1-2 s).
     *
     * @throws ModelUnavailableException when the model is missing or ONNX Runtime cannot run here
     */
    public static Embedder load() throws ModelUnavailableException {
        byte[] model = resource(MODEL_RESOURCE);
        WordPieceTokenizer tokenizer;
        try (InputStream json = Embedder.class.getResourceAsStream(TOKENIZER_RESOURCE)) {
            if (json == null) {
                throw missing(TOKENIZER_RESOURCE);
            }
            tokenizer = WordPieceTokenizer.read(json);
        } catch (IOException | RuntimeException e) {
            throw new ModelUnavailableException("the tokenizer of " + MODEL + " could not be read (" + e.getMessage()
                    + "): rebuild news-search, or index with --no-vectors", e);
        }
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                return new Embedder(environment, environment.createSession(model, options), tokenizer);
            }
        } catch (OrtException e) {
            throw new ModelUnavailableException("ONNX Runtime could not load " + MODEL + " (" + e.getMessage()
                    + "): index with --no-vectors", e);
        } catch (LinkageError e) {
            throw noNativeLibrary(e);
        }
    }

    /**
     * Checks, without loading the model (which takes a second and 150 MB), that {@link #load} can: the model and
     * its tokenizer are on the classpath, and ONNX Runtime's native library loads on this platform.
     *
     * @throws ModelUnavailableException when {@link #load} would throw it for either reason
     */
    public static void check() throws ModelUnavailableException {
        for (String name : new String[] {MODEL_RESOURCE, TOKENIZER_RESOURCE}) {
            if (Embedder.class.getResource(name) == null) {
                throw missing(name);
            }
        }
        try {
            OrtEnvironment.getEnvironment();
        } catch (LinkageError e) {
            throw noNativeLibrary(e);
        }
    }

    private static ModelUnavailableException noNativeLibrary(LinkageError e) {
        // The jar keeps the native libraries of Linux on x86-64 and aarch64 only.
        return new ModelUnavailableException("ONNX Runtime has no native library for " + platform() + " ("
                + e.getMessage() + "): semantic search runs on Linux x86-64 or aarch64; index with --no-vectors", e);
    }

    private static byte[] resource(String name) throws ModelUnavailableException {
        try (InputStream in = Embedder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw missing(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ModelUnavailableException("the model file " + name.substring(1) + " could not be read ("
                    + e.getMessage() + "): rebuild news-search, or index with --no-vectors", e);
        }
    }

    private static ModelUnavailableException missing(String name) {
        return new ModelUnavailableException(name.substring(1) + " is not on the classpath: rebuild news-search "
                + "(./newssearch builds it with the model's jar in target/lib), or index with --no-vectors", null);
    }

    private static String platform() {
        return System.getProperty("os.name", "?").toLowerCase(Locale.ROOT) + "-" + System.getProperty("os.arch", "?");
    }

    /** The embedding of a search's words. */
    public Embedding query(String text) {
        return embed("query: " + text);
    }

    /** The embedding of a document's text. */
    public Embedding passage(String text) {
        return embed("passage: " + text);
    }

    /**
     * The embeddings of documents' texts, in their order. Each text runs alone: the model quantises its
     * activations to int8 with a scale taken over the whole input, so a text padded into a batch with others came
     * out different (cosine 0.997 to itself alone) and, with the padding, at half the speed (5.8 passages/s in
     * batches of 8, 11.4 alone, on one core).
     */
    public List<Embedding> passages(List<String> texts) {
        return texts.stream().map(text -> embed("passage: " + text)).toList();
    }

    /** How many numbers an embedding has: 384. */
    public int dimensions() {
        return dimensions;
    }

    /** The model's name, for messages and the index's records. */
    public String modelName() {
        return MODEL;
    }

    private Embedding embed(String text) {
        WordPieceTokenizer.Tokens tokens = tokenizer.encode(text, MAX_TOKENS);
        int length = tokens.ids().length;
        long[] shape = {1, length};
        long[] mask = new long[length];
        Arrays.fill(mask, 1L);
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(tokens.ids()), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
            if (takesTokenTypes) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment,
                        LongBuffer.wrap(new long[length]), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                return new Embedding(meanPooled(hidden, length), tokens.truncated());
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** The mean of the {@code tokens} hidden states, scaled to length 1. */
    private float[] meanPooled(FloatBuffer hidden, int tokens) {
        float[] sum = new float[dimensions];
        for (int t = 0; t < tokens; t++) {
            int at = t * dimensions;
            for (int d = 0; d < dimensions; d++) {
                sum[d] += hidden.get(at + d);
            }
        }
        double norm = 0;
        for (float value : sum) {
            norm += (double) value * value;
        }
        // The mean's 1/tokens vanishes in the normalisation.
        float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
        for (int d = 0; d < dimensions; d++) {
            sum[d] *= scale;
        }
        return sum;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("closing the embedding model failed: " + e.getMessage(), e);
        }
    }
}
