package dev.threatmodelbot.domain.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {
    static final Component API = new Component("orders-api", "Orders API", ComponentKind.API, "", List.of());
    static final Component DB = new Component("postgres", "PostgreSQL", ComponentKind.DATA_STORE, "PostgreSQL",
            List.of());
    static final DataFlow FLOW = new DataFlow(DataFlow.idOf("orders-api", "postgres"), "orders-api", "postgres",
            "Orders API writes to PostgreSQL", List.of());

    static Fact fact(String subject, Property p, String value, String ref) {
        Source s = ref.startsWith("§") ? Source.doc(ref, "…") : Source.answer(ref, "UA", Instant.EPOCH, "…");
        return new Fact(subject + p + value + ref, subject, p, value, s, FactStatus.STATED);
    }

    @Test
    void should_need_what_a_threat_model_of_the_named_parts_needs() {
        Coverage c = Coverage.of(new ContextModel(List.of(API, DB), List.of(FLOW), List.of()));

        assertThat(c.topics()).extracting(Topic::key).contains("orders-api:AUTHENTICATION",
                "orders-api:INPUT_VALIDATION", "postgres:ENCRYPTION_AT_REST", "orders-api->postgres:TRANSPORT",
                "system:DATA_CLASSIFICATION");
        assertThat(c.percent()).isZero();
        assertThat(c.enough()).isFalse();
        assertThat(c.gaps().get(0).weight()).isGreaterThanOrEqualTo(c.gaps().get(c.gaps().size() - 1).weight());
    }

    @Test
    void should_rate_a_topic_partial_when_sources_disagree_and_sufficient_when_details_differ() {
        List<Fact> facts = List.of(
                fact(FLOW.id(), Property.TRANSPORT, "mtls", "§3.2"),
                fact(FLOW.id(), Property.TRANSPORT, "plain", "1700000000.1"),
                fact("orders-api", Property.AUTHENTICATION, "oauth", "§2"),
                fact("orders-api", Property.AUTHENTICATION, "mfa", "1700000000.2"));

        Coverage c = Coverage.of(new ContextModel(List.of(API, DB), List.of(FLOW), facts));

        assertThat(topic(c, FLOW.id() + ":TRANSPORT").rating()).isEqualTo(Rating.PARTIAL);
        assertThat(topic(c, "orders-api:AUTHENTICATION").rating()).isEqualTo(Rating.SUFFICIENT);
        assertThat(Conflicts.in(facts)).hasSize(1);
    }

    @Test
    void should_ignore_superseded_facts() {
        Fact doc = fact(FLOW.id(), Property.TRANSPORT, "mtls", "§3.2").withStatus(FactStatus.SUPERSEDED);
        Fact answer = fact(FLOW.id(), Property.TRANSPORT, "plain", "1700000000.1");

        Coverage c = Coverage.of(new ContextModel(List.of(API, DB), List.of(FLOW), List.of(doc, answer)));

        assertThat(topic(c, FLOW.id() + ":TRANSPORT").rating()).isEqualTo(Rating.SUFFICIENT);
    }

    private static Topic topic(Coverage c, String key) {
        return c.topics().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }
}
