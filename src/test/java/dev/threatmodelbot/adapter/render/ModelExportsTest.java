package dev.threatmodelbot.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.threatmodelbot.application.port.ModelExporter.Format;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.Confidence;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What all four formats share; the session every export test starts from is built here. */
class ModelExportsTest {
    static final String LEAD = "ULEAD";
    static final String API = "payments-api";
    static final String DB = "orders-db";
    static final String LLM = "gpt-4o";
    static final String API_TO_DB = DataFlow.idOf(API, DB);
    static final String API_TO_LLM = DataFlow.idOf(API, LLM);
    static final String APPROVED_TITLE = "Callers reach the Payments API without proving who they are";
    static final String REJECTED_TITLE = "Order rows read on the way to the database";
    static final String PENDING_TITLE = "Prompt injection through order text";

    private static final Source DOC = Source.doc("§2 Architecture", "The payments API needs no login; it stores "
            + "customers' names and card holders in PostgreSQL.");
    private static final Source ANSWER = new Source(Source.Kind.ANSWER, "1700000000.000200", Optional.of("UA"),
            Optional.of(Instant.parse("2026-11-18T10:30:00Z")),
            Optional.of("https://example.slack.com/archives/C1/p1700000000000200"), "the DB hop is plain TCP for now");

    private final ModelExports exports = new ModelExports();

    /** Three parts (API, data store, LLM), two flows, five facts and a draft of three reviewed threats. */
    static Session session() {
        return withoutDraft().withDraft(new Draft(2, Instant.parse("2026-11-20T09:00:00Z"), Optional.of("root"),
                List.of(approved(), rejected(), pending())));
    }

    static Session withoutDraft() {
        ContextModel context = new ContextModel(
                List.of(new Component(API, "Payments API", ComponentKind.API, "Spring Boot", List.of(DOC)),
                        new Component(DB, "Orders DB", ComponentKind.DATA_STORE, "PostgreSQL", List.of(DOC)),
                        new Component(LLM, "GPT-4o", ComponentKind.LLM, "OpenAI", List.of(ANSWER))),
                List.of(new DataFlow(API_TO_DB, API, DB, "order rows", List.of(DOC)),
                        new DataFlow(API_TO_LLM, API, LLM, "prompt with order text", List.of(ANSWER))),
                List.of(new Fact("f1", API_TO_DB, Property.TRANSPORT, "plain", ANSWER, FactStatus.STATED),
                        new Fact("f2", API, Property.AUTHENTICATION, "none", DOC, FactStatus.STATED),
                        new Fact("f3", Fact.SYSTEM, Property.DATA_CLASSIFICATION, "pii", DOC, FactStatus.STATED),
                        new Fact("f4", API, Property.EXPOSURE, "public", DOC, FactStatus.CONFIRMED),
                        new Fact("f5", DB, Property.EXPOSURE, "internal", DOC, FactStatus.STATED),
                        new Fact("f6", API_TO_LLM, Property.TRANSPORT, "tls", ANSWER, FactStatus.STATED)));
        return new Session(new SessionId("TM-EXP2"), "Payments", ConversationAddress.channel(Platform.SLACK, "T1",
                "C1"), "UREQ", LEAD, List.of("UA"), "https://docs.example.com/payments", Optional.empty(),
                Optional.empty(), SessionState.GATHERED, Instant.parse("2026-11-18T10:00:00Z"), Optional.empty(),
                Optional.of("1700000000.000100"), List.of(), List.of(), List.of(), List.of(), List.of(), context,
                List.of(), null, Optional.empty());
    }

    private static DraftedThreat approved() {
        Threat t = new Threat("spoofing-unauthenticated-api:" + API, "spoofing-unauthenticated-api", APPROVED_TITLE,
                "Anyone who can reach the API can call it as any customer.", Set.of(Stride.SPOOFING,
                        Stride.ELEVATION_OF_PRIVILEGE), List.of(API), 3, 3, "Require OAuth tokens on every call. "
                        + "Check scopes per operation.", List.of("f2", "named:" + API), List.of(), Confidence.HIGH,
                List.of(), List.of());
        return new DraftedThreat(1, t, Optional.of("m1"), List.of(
                new Decision(Decision.Kind.APPROVED, LEAD, Instant.parse("2026-11-21T10:00:00Z"))));
    }

    private static DraftedThreat rejected() {
        Threat t = new Threat("plain-flow:" + API_TO_DB, "plain-flow", REJECTED_TITLE,
                "Anyone on the network path can read order rows.", Set.of(Stride.INFORMATION_DISCLOSURE),
                List.of(API_TO_DB), 2, 3, "Use TLS to the database.", List.of("f1", "flow:" + API_TO_DB), List.of(),
                Confidence.HIGH, List.of(), List.of());
        return new DraftedThreat(2, t, Optional.of("m2"), List.of(
                new Decision(Decision.Kind.REJECTED, LEAD, Instant.parse("2026-11-21T10:05:00Z"))));
    }

    private static DraftedThreat pending() {
        Threat t = new Threat("llm-prompt-injection:" + LLM, "llm-prompt-injection", PENDING_TITLE,
                "Order text goes into the prompt, so a customer can steer the model's *answers*.",
                Set.of(Stride.TAMPERING, Stride.ELEVATION_OF_PRIVILEGE), List.of(LLM, API), 2, 2,
                "Keep order text apart from instructions and check the model's output.", List.of("named:" + LLM),
                List.of("Nobody said order text is filtered before it reaches the prompt."), Confidence.LOW,
                List.of("LLM01:2026"), List.of("AML.T0051"));
        return new DraftedThreat(3, t, Optional.of("m3"), List.of());
    }

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode yaml(String text) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void should_write_the_same_bytes_each_time_the_same_session_is_exported(Format format) {
        String first = exports.export(session(), format);
        String second = new ModelExports().export(session(), format);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void should_export_the_context_model_with_no_threats_when_nothing_is_drafted_yet() {
        Session session = withoutDraft();

        String markdown = exports.export(session, Format.MARKDOWN);
        JsonNode threagile = yaml(exports.export(session, Format.THREAGILE));
        JsonNode otm = json(exports.export(session, Format.OTM));
        JsonNode composer = json(exports.export(session, Format.THREAT_COMPOSER));

        assertThat(markdown)
                .contains("# Threat model — Payments (no draft yet)", "Orders DB", "No threats drafted yet");
        assertThat(threagile.get("technical_assets")).hasSize(3);
        assertThat(threagile.get("custom_risk_categories")).isEmpty();
        assertThat(otm.get("components")).hasSize(3);
        assertThat(otm.get("threats")).isEmpty();
        assertThat(composer.get("threats")).isEmpty();
        assertThat(composer.get("mitigationLinks")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void should_leave_out_a_part_a_threat_names_but_the_model_does_not(Format format) {
        Draft draft = session().draft().orElseThrow();
        Threat t = draft.threats().get(0).threat();
        Threat withGhost = new Threat(t.id(), t.rule(), t.title(), t.description(), t.stride(),
                List.of(API, "ghost-service"), t.likelihood(), t.impact(), t.mitigation(),
                List.of("f2", "named:ghost-service", "f-unknown"), t.assumptions(), t.confidence(), t.owaspLlm(),
                t.atlas());
        Session session = session().withDraft(draft.changing(1, d -> new DraftedThreat(1, withGhost,
                d.messageId(), d.decisions())));

        String text = exports.export(session, format);

        assertThat(text).doesNotContain("ghost").contains("Payments API");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void should_export_a_session_that_knows_nothing_yet(Format format) {
        Session empty = withoutDraft().withContext(ContextModel.EMPTY);

        String text = exports.export(empty, format);

        assertThat(text).contains("Payments");
        if (format != Format.MARKDOWN) {
            assertThat(format.extension().endsWith("yaml") ? yaml(text) : json(text)).isNotEmpty();
        }
    }

    @Test
    void should_declare_a_flow_end_no_component_describes_so_every_reference_resolves() {
        ContextModel more = new ContextModel(List.of(), List.of(new DataFlow(DataFlow.idOf(API, "stripe"), API,
                "stripe", "card charges", List.of(DOC))), List.of());
        Session session = session().withContext(session().context().merge(more));

        JsonNode threagile = yaml(exports.export(session, Format.THREAGILE));
        JsonNode otm = json(exports.export(session, Format.OTM));

        JsonNode stripe = threagile.get("technical_assets").get("stripe");
        assertThat(stripe.get("id").asText()).isEqualTo("stripe");
        assertThat(stripe.get("technology").asText()).isEqualTo("unknown-technology");
        assertThat(threagile.get("technical_assets").get("Payments API").get("communication_links")
                .get("to stripe").get("target").asText()).isEqualTo("stripe");
        JsonNode flow = otm.get("dataflows").get(2);
        assertThat(otm.get("components").findValuesAsText("id")).contains(flow.get("destination").asText());
    }

    /**
     * The reviewed examples in src/test/resources/exports: any change to what a format writes shows here.
     * {@code -Dexports.rewrite=true} writes them anew, to be read and reviewed in the diff before committing.
     */
    @ParameterizedTest
    @EnumSource(Format.class)
    void should_write_exactly_the_reviewed_example_of_each_format(Format format) throws IOException {
        String name = "/exports/payments." + format.extension();
        if (Boolean.getBoolean("exports.rewrite")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources" + name),
                    exports.export(session(), format));
        }
        try (var in = ModelExportsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            String expected = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(exports.export(session(), format)).isEqualTo(expected);
        }
    }
}
