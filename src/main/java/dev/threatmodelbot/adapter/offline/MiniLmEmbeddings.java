package dev.threatmodelbot.adapter.offline;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.threatmodelbot.application.port.BotException;
import dev.threatmodelbot.application.port.TextEmbeddings;
import java.util.function.Supplier;

/**
 * all-MiniLM-L6-v2 run in-process through ONNX: 384-dimension unit vectors, no network.
 *
 * <p>The model (shipped inside the langchain4j jar) takes about a second to load, so it is loaded
 * once, on first use or on {@link #warmUp()}, and shared by every thread; ONNX sessions and the
 * tokenizer are safe to call concurrently. Recent texts are cached because the same doc sentences
 * and topic examples are embedded again and again.
 *
 * <p>Long text: only the first {@value #MAX_CHARS} characters are embedded. Left alone, langchain4j
 * would cut the text into 510-token windows and average them, one model run per window; the model
 * was trained on at most 256 word pieces, so a long text's vector says little anyway. Embed a
 * document sentence by sentence instead.
 *
 * <p>The first load extracts the tokenizer's native library under {@code DJL_CACHE_DIR} (system
 * property or environment, default {@code ~/.djl.ai}) and onnxruntime's under {@code java.io.tmpdir}.
 */
public final class MiniLmEmbeddings implements TextEmbeddings {
    /** The length of every vector. */
    public static final int DIMENSION = 384;

    /** Characters kept from a text before embedding; about 400-500 word pieces of English. */
    public static final int MAX_CHARS = 2_000;

    private static final int DEFAULT_CACHE_SIZE = 2_000;
    private static final MiniLmEmbeddings SHARED = new MiniLmEmbeddings(DEFAULT_CACHE_SIZE);

    private volatile Supplier<EmbeddingModel> loader;
    private final LruCache<String, float[]> cache;
    private volatile EmbeddingModel model;

    MiniLmEmbeddings(int cacheSize) {
        this(cacheSize, AllMiniLmL6V2EmbeddingModel::new);
    }

    MiniLmEmbeddings(int cacheSize, Supplier<EmbeddingModel> loader) {
        this.loader = loader;
        this.cache = new LruCache<>(cacheSize);
    }

    /** The process-wide instance; its model is loaded once, whoever asks first. */
    public static MiniLmEmbeddings shared() {
        return SHARED;
    }

    /**
     * Loads the model from these files (the same model and tokenizer as packaged, unpacked once) instead of from the
     * jar: onnxruntime then reads the file itself, where loading from the jar first copies its 90 MB into the heap
     * twice over. Call before the model is first used.
     */
    public void loadFrom(java.nio.file.Path model, java.nio.file.Path tokenizer) {
        this.loader = () -> new dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel(model, tokenizer,
                dev.langchain4j.model.embedding.onnx.PoolingMode.MEAN);
    }

    /** Loads the model now (about a second); call on a background thread at start. Idempotent. */
    public void warmUp() {
        model();
    }

    /** Unit vector for {@code text}; blank text gives the zero vector without running the model. */
    @Override
    public float[] embed(String text) {
        String key = text.strip();
        if (key.isEmpty()) {
            return new float[DIMENSION];
        }
        if (key.length() > MAX_CHARS) {
            key = key.substring(0, MAX_CHARS);
        }
        float[] cached = cache.get(key);
        if (cached == null) {
            // computed outside the cache's lock: two threads may embed the same text once each
            cached = unit(model().embed(key).content().vector());
            cache.put(key, cached);
        }
        return cached.clone();
    }

    /** How many texts the cache holds now. */
    int cached() {
        return cache.size();
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = load();
                    model = m;
                }
            }
        }
        return m;
    }

    private EmbeddingModel load() {
        try {
            return loader.get();
        } catch (RuntimeException | LinkageError e) {
            // a missing native library or a corrupt jar: trying again will not help
            throw new BotException("cannot load the all-MiniLM-L6-v2 embedding model: " + e, false, e);
        }
    }

    private static float[] unit(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        if (sum == 0) {
            return v;
        }
        float norm = (float) Math.sqrt(sum);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / norm;
        }
        return out;
    }
}
