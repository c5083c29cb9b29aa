package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.threatmodelbot.application.port.TextEmbeddings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MiniLmEmbeddingsTest {
    private static final MiniLmEmbeddings SHARED = MiniLmEmbeddings.shared();

    @Test
    void should_return_unit_vectors_of_384_dimensions() {
        // when
        float[] v = SHARED.embed("The payment service stores credit card numbers in Redis.");

        // then
        assertThat(v).hasSize(MiniLmEmbeddings.DIMENSION);
        assertThat(norm(v)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void should_put_paraphrases_closer_than_unrelated_text() {
        // given
        float[] cards = SHARED.embed("The payment service stores credit card numbers in Redis.");
        float[] paraphrase = SHARED.embed("Cardholder data is cached in the Redis key-value store by the payments API.");
        float[] pizza = SHARED.embed("The marketing team ordered pizza for Friday.");

        // then
        assertThat(TextEmbeddings.similarity(cards, paraphrase)).isGreaterThan(0.6);
        assertThat(TextEmbeddings.similarity(cards, pizza)).isLessThan(0.2);
    }

    @Test
    void should_give_blank_text_the_zero_vector_without_loading_the_model() {
        // given
        CountingLoader loader = new CountingLoader();
        MiniLmEmbeddings embeddings = new MiniLmEmbeddings(10, loader);

        // when
        float[] empty = embeddings.embed("");
        float[] blank = embeddings.embed("  \n\t ");

        // then
        assertThat(empty).hasSize(MiniLmEmbeddings.DIMENSION).containsOnly(0f);
        assertThat(blank).hasSize(MiniLmEmbeddings.DIMENSION).containsOnly(0f);
        assertThat(loader.loads.get()).isZero();
        assertThat(TextEmbeddings.similarity(blank, SHARED.embed("anything"))).isZero();
    }

    @Test
    void should_load_the_model_once_when_many_threads_ask_at_the_same_time() throws Exception {
        // given
        CountingLoader loader = new CountingLoader();
        MiniLmEmbeddings embeddings = new MiniLmEmbeddings(100, loader);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<float[]>> results = new ArrayList<>();

        // when
        for (int i = 0; i < 8; i++) {
            String text = i % 2 == 0 ? "the API is behind a load balancer" : "we log every admin action";
            results.add(pool.submit(() -> {
                start.await();
                return embeddings.embed(text);
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        // then
        assertThat(loader.loads.get()).isEqualTo(1);
        for (int i = 2; i < 8; i++) {
            assertThat(results.get(i).get()).containsExactly(results.get(i % 2).get());
        }
    }

    @Test
    void should_serve_a_repeated_text_from_the_cache() {
        // given
        CountingLoader loader = new CountingLoader();
        MiniLmEmbeddings embeddings = new MiniLmEmbeddings(2, loader);
        float[] first = embeddings.embed("Order records are kept in PostgreSQL.");

        // when
        float[] again = embeddings.embed("  Order records are kept in PostgreSQL.\n");

        // then
        assertThat(again).containsExactly(first);
        assertThat(loader.runs.get()).isEqualTo(1);
    }

    @Test
    void should_keep_only_the_most_recent_texts() {
        // given
        CountingLoader loader = new CountingLoader();
        MiniLmEmbeddings embeddings = new MiniLmEmbeddings(2, loader);

        // when
        embeddings.embed("one");
        embeddings.embed("two");
        embeddings.embed("one");
        embeddings.embed("three");
        embeddings.embed("one");

        // then
        assertThat(embeddings.cached()).isEqualTo(2);
        assertThat(loader.runs.get()).isEqualTo(3);
    }

    @Test
    void should_not_let_a_caller_change_a_cached_vector() {
        // given
        float[] v = SHARED.embed("secrets live in Vault");
        float[] copy = v.clone();

        // when
        v[0] = 42f;

        // then
        assertThat(SHARED.embed("secrets live in Vault")).containsExactly(copy);
    }

    @Test
    void should_embed_only_the_opening_of_a_very_long_text() {
        // given
        String opening = "The gateway checks a JWT on every call. ".repeat(50).substring(0, MiniLmEmbeddings.MAX_CHARS);
        String longText = opening + " Then something else entirely about lunch menus.".repeat(200);

        // when
        float[] v = SHARED.embed(longText);

        // then
        assertThat(v).containsExactly(SHARED.embed(opening));
    }

    @Test
    void should_hand_out_one_shared_instance() {
        assertThat(MiniLmEmbeddings.shared()).isSameAs(SHARED);
    }

    private static double norm(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    /** Loads the real model, counting loads and model runs. */
    private static final class CountingLoader implements java.util.function.Supplier<EmbeddingModel> {
        final AtomicInteger loads = new AtomicInteger();
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public EmbeddingModel get() {
            loads.incrementAndGet();
            EmbeddingModel real = new dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel();
            return new EmbeddingModel() {
                @Override
                public Response<Embedding> embed(String text) {
                    runs.incrementAndGet();
                    return real.embed(text);
                }
            };
        }
    }
}
