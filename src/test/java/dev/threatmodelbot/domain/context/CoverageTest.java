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

    @Test
    void should_not_rate_people_roles_or_screens_as_parts_but_keep_how_people_reach_a_part() {
        Component engineer = new Component("data-engineer", "Data Engineer", ComponentKind.PROCESS, "", List.of());
        Component login = new Component("login-page", "Login Page", ComponentKind.WEB_APP, "", List.of());
        DataFlow in = new DataFlow(DataFlow.idOf("data-engineer", "orders-api"), "data-engineer", "orders-api",
                "Data engineers call the Orders API", List.of());

        Coverage c = Coverage.of(new ContextModel(List.of(API, engineer, login), List.of(in), List.of()));

        assertThat(c.topics()).extracting(Topic::subject).doesNotContain("data-engineer", "login-page")
                .contains("orders-api", in.id());
        assertThat(Coverage.isPart(API)).isTrue();
        assertThat(Coverage.isPart(engineer)).isFalse();
    }

    @Test
    void should_say_enough_only_when_the_coverage_shown_reaches_seventy_percent() {
        List<Fact> known = new java.util.ArrayList<>();
        for (Topic t : Coverage.of(new ContextModel(List.of(API, DB), List.of(FLOW), List.of())).topics()) {
            known.add(fact(t.subject(), t.property(), t.property().vocabulary().get(0), "§1"));
        }
        Coverage all = Coverage.of(new ContextModel(List.of(API, DB), List.of(FLOW), known));
        java.util.Set<String> everything = all.topics().stream().map(Topic::key)
                .collect(java.util.stream.Collectors.toSet());
        Coverage askedOnly = Coverage.of(new ContextModel(List.of(API, DB), List.of(FLOW), List.of()), everything);

        assertThat(all.percent()).isEqualTo(100);
        assertThat(all.enough()).isTrue();
        assertThat(askedOnly.gaps()).isEmpty(); // nothing left to ask…
        assertThat(askedOnly.enough()).isFalse(); // …but nothing known either: assumptions, not enough
        assertThat(askedOnly.assumed()).hasSize(askedOnly.topics().size());
    }

    private static Topic topic(Coverage c, String key) {
        return c.topics().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }
}
