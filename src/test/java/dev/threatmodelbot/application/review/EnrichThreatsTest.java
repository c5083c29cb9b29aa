package dev.threatmodelbot.application.review;

import dev.threatmodelbot.application.port.LanguageModel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.application.review.EnrichThreats.Drop;
import dev.threatmodelbot.domain.Secrets;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.Confidence;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrichThreatsTest {
    static final String AWS_KEY = "AKIAIOSFODNN7EXAMPLE";
    static final Source DOC = Source.doc("§2", "The gateway talks to orders over plain HTTP.");
    static final Source ANSWER = Source.answer("1700000000.000100", "U1", Instant.EPOCH,
            "The orders DB password=hunter2 sits in the repo next to " + AWS_KEY);
    static final String PLAIN = "gateway->orders:TRANSPORT:plain:§2";
    static final String IN_CODE = "orders-db:SECRETS:code:1700000000.000100";
    static final String OLD = "orders:AUTHENTICATION:token:§1";
    static final String PLANTED = "orders-db:SECRETS:" + AWS_KEY + ":1700000000.000100";
    static final ContextModel MODEL = new ContextModel(
            List.of(part("gateway", "Gateway", ComponentKind.API_GATEWAY), part("orders", "Orders", ComponentKind.API),
                    part("orders-db", "Orders DB", ComponentKind.DATA_STORE),
                    part("assistant", "Assistant", ComponentKind.LLM)),
            List.of(new DataFlow("gateway->orders", "gateway", "orders", "checkouts", List.of(DOC)),
                    new DataFlow("orders->orders-db", "orders", "orders-db", "orders", List.of(DOC))),
            List.of(new Fact(PLAIN, "gateway->orders", Property.TRANSPORT, "plain", DOC, FactStatus.STATED),
                    new Fact(IN_CODE, "orders-db", Property.SECRETS, "code", ANSWER, FactStatus.CONFIRMED),
                    new Fact(OLD, "orders", Property.AUTHENTICATION, "token", DOC, FactStatus.SUPERSEDED),
                    new Fact(PLANTED, "orders-db", Property.SECRETS, AWS_KEY, ANSWER, FactStatus.STATED)));
    static final Threat RULE = new Threat("plain-flow:gateway->orders", "plain-flow",
            "Traffic from Gateway to Orders can be read or changed", "", Set.of(Stride.INFORMATION_DISCLOSURE,
                    Stride.TAMPERING), List.of("gateway->orders"), 2, 3, "Use TLS.", List.of(PLAIN), List.of(),
            Confidence.HIGH, List.of(), List.of());

    final StubModel stub = new StubModel();

    static Component part(String id, String name, ComponentKind kind) {
        return new Component(id, name, kind, "", List.of(DOC));
    }

    static LanguageModel.Proposed proposal(String title, List<String> subjects, List<String> evidence) {
        return new LanguageModel.Proposed(title, "What goes wrong.", Set.of(Stride.INFORMATION_DISCLOSURE), subjects,
                evidence, List.of(), "Move the password to a vault.", 2, 3, List.of(), List.of());
    }

    EnrichThreats.Result enrich(LanguageModel.Proposed... proposals) {
        stub.proposals = List.of(proposals);
        return EnrichThreats.enrich("Checkout", MODEL, List.of(RULE), stub);
    }

    @Test
    void should_keep_a_proposal_citing_a_real_fact_with_only_the_ids_that_exist() {
        EnrichThreats.Result r = enrich(proposal("Anyone with the repo can read the orders DB",
                List.of("orders-db"), List.of(IN_CODE, "orders-db:SECRETS:vault:§9")));

        assertThat(r.threats()).singleElement().satisfies(t -> {
            assertThat(t.evidence()).containsExactly(IN_CODE);
            assertThat(t.subjects()).containsExactly("orders-db");
            assertThat(t.rule()).isEqualTo("llm");
            assertThat(t.id()).matches("llm:[0-9a-f]{12}");
            assertThat(t.confidence()).isEqualTo(Confidence.MEDIUM);
            assertThat(t.assumptions()).isEmpty();
            assertThat(t.isChain()).isFalse();
        });
        assertThat(r.tokensIn()).isEqualTo(100);
        assertThat(r.tokensOut()).isEqualTo(20);
        assertThat(r.failed()).isFalse();
    }

    @Test
    void should_drop_uncited_and_wrongly_cited_proposals() {
        EnrichThreats.Result r = enrich(
                proposal("The orders DB leaks", List.of("orders-db"), List.of()),
                proposal("Orders DB backups are public", List.of("orders-db"), List.of("orders-db:SECRETS:vault:§9",
                        "named:billing", "flow:orders->billing")),
                proposal("Stolen tokens reach Orders", List.of("orders"), List.of(OLD)));

        assertThat(r.threats()).isEmpty();
        assertThat(r.dropped()).containsExactlyInAnyOrderEntriesOf(Map.of(Drop.UNCITED, 1, Drop.MISCITED, 2));
        assertThat(r.summary()).contains("kept 0 of 3").contains("1 uncited").contains("2 miscited");
    }

    @Test
    void should_drop_a_proposal_whose_only_evidence_is_about_other_parts() {
        EnrichThreats.Result r = enrich(proposal("The assistant leaks orders", List.of("assistant"),
                List.of(IN_CODE, "named:gateway")));

        assertThat(r.threats()).isEmpty();
        assertThat(r.dropped()).containsEntry(EnrichThreats.Drop.MISCITED, 1);
    }

    @Test
    void should_drop_a_proposal_about_a_part_no_source_named() {
        EnrichThreats.Result r = enrich(proposal("Billing reads the orders DB", List.of("orders-db", "billing"),
                List.of(IN_CODE)));

        assertThat(r.threats()).isEmpty();
        assertThat(r.dropped()).containsExactlyEntriesOf(Map.of(Drop.UNKNOWN_SUBJECT, 1));
    }

    @Test
    void should_drop_what_a_rule_threat_or_an_earlier_proposal_already_says() {
        EnrichThreats.Result r = enrich(
                proposal("Checkouts are sniffed on the wire", List.of("gateway->orders"), List.of(PLAIN)),
                proposal("Traffic from Gateway to Orders can be read or changed!", List.of("orders"), List.of(PLAIN)),
                proposal("Anyone with the repo can read the orders DB", List.of("orders-db"), List.of(IN_CODE)),
                proposal("A leaked repo exposes the DB", List.of("orders-db"), List.of(IN_CODE)));

        assertThat(r.threats()).extracting(Threat::title)
                .containsExactly("Anyone with the repo can read the orders DB");
        assertThat(r.dropped()).containsExactlyEntriesOf(Map.of(Drop.DUPLICATE, 3));
    }

    @Test
    void should_keep_an_attack_chain_over_two_known_parts() {
        LanguageModel.Proposed chain = new LanguageModel.Proposed("From the gateway to every order",
                "An attacker on the internal network walks from the gateway to the data.",
                Set.of(Stride.TAMPERING, Stride.INFORMATION_DISCLOSURE), List.of("gateway", "orders-db", "gateway"),
                List.of(PLAIN, "flow:orders->orders-db"), List.of("1. Sniff the plain hop", "Step 2: replay to Orders"),
                "Use mTLS between the gateway and Orders.", 3, 3, List.of(), List.of());

        EnrichThreats.Result r = enrich(chain);

        assertThat(r.threats()).singleElement().satisfies(t -> {
            assertThat(t.isChain()).isTrue();
            assertThat(t.rule()).isEqualTo("chain:llm");
            assertThat(t.subjects()).containsExactly("gateway", "orders-db");
            assertThat(t.evidence()).containsExactly(PLAIN, "flow:orders->orders-db");
            assertThat(t.description()).endsWith("Attack steps:\n1. Sniff the plain hop\n2. replay to Orders");
        });
    }

    @Test
    void should_never_send_a_secret_and_read_a_redacted_id_back_to_its_fact() {
        String shown = Secrets.redact(PLANTED);
        EnrichThreats.Result r = enrich(proposal("Cloud keys in the repo open the account", List.of("orders-db"),
                List.of(shown)));

        String sent = stub.briefs.get(0).toString();
        assertThat(sent).doesNotContain(AWS_KEY).doesNotContain("hunter2").contains(shown).contains(PLAIN)
                .doesNotContain(OLD);
        assertThat(r.threats()).singleElement().satisfies(t -> assertThat(t.evidence()).containsExactly(PLANTED));
        assertThat(stub.briefs.get(0).drafted()).singleElement()
                .satisfies(d -> assertThat(d.subjects()).containsExactly("gateway->orders"));
    }

    @Test
    void should_keep_the_rule_threats_alone_when_the_model_fails() {
        stub.failure = new LanguageModel.Unavailable(
                "HttpException: 503 from http://x?key=sk-abcdefghijklmnopqrstuvwx");

        EnrichThreats.Result r = EnrichThreats.enrich("Checkout", MODEL, List.of(RULE), stub);

        assertThat(r.failed()).isTrue();
        assertThat(r.threats()).isEmpty();
        assertThat(r.failure()).hasValueSatisfying(f -> assertThat(f).contains("503").doesNotContain("sk-abcdef"));
        assertThat(EnrichThreats.merged(List.of(RULE), r.threats())).containsExactly(RULE);
    }

    @Test
    void should_clamp_levels_keep_only_well_formed_ids_and_rate_part_only_evidence_low() {
        LanguageModel.Proposed p = new LanguageModel.Proposed("  Prompt injection steers the assistant  ",
                "Injected text in orders is obeyed.", Set.of(Stride.TAMPERING), List.of("assistant"),
                List.of("named:assistant"), List.of(), "Treat order text as data.", 7, 0,
                List.of("LLM01", "llm10", "LLM11", "LLM01: Prompt Injection", "LLM1"),
                List.of("AML.T0051.000", "aml.t0054", "AML.T51", "T0051"));

        EnrichThreats.Result r = enrich(p);

        assertThat(r.threats()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Prompt injection steers the assistant");
            assertThat(t.likelihood()).isEqualTo(3);
            assertThat(t.impact()).isEqualTo(1);
            assertThat(t.owaspLlm()).containsExactly("LLM01:2026", "LLM10:2026");
            assertThat(t.atlas()).containsExactly("AML.T0051.000", "AML.T0054");
            assertThat(t.confidence()).isEqualTo(Confidence.LOW);
        });
    }

    @Test
    void should_give_the_same_threat_the_same_id_and_merge_in_severity_order() {
        LanguageModel.Proposed low = new LanguageModel.Proposed("Orders DB has no audit trail", "Nobody can tell.",
                Set.of(Stride.REPUDIATION), List.of("orders-db"), List.of(IN_CODE), List.of(), "Log access.", 1, 1,
                List.of(), List.of());
        LanguageModel.Proposed high = new LanguageModel.Proposed("Anyone with the repo owns the orders DB",
                "The password is in the code.", Set.of(Stride.ELEVATION_OF_PRIVILEGE), List.of("orders-db"),
                List.of(IN_CODE), List.of(), "Use a vault.", 3, 3, List.of(), List.of());

        List<Threat> first = enrich(low, high).threats();
        List<Threat> again = enrich(high, low).threats();

        assertThat(first).extracting(Threat::id).containsExactlyElementsOf(again.stream().map(Threat::id).toList());
        assertThat(EnrichThreats.merged(List.of(RULE), first)).extracting(Threat::title).containsExactly(
                "Anyone with the repo owns the orders DB", RULE.title(), "Orders DB has no audit trail");
    }

    @Test
    void should_drop_a_proposal_missing_its_text() {
        EnrichThreats.Result r = enrich(new LanguageModel.Proposed(" ", "x", Set.of(Stride.SPOOFING),
                List.of("orders"), List.of(IN_CODE), List.of(), "y", 2, 2, List.of(), List.of()));

        assertThat(r.threats()).isEmpty();
        assertThat(r.dropped()).containsExactlyEntriesOf(Map.of(Drop.INCOMPLETE, 1));
    }

    @Test
    void should_report_a_model_that_does_not_draft_threats_as_a_failure() {
        LanguageModel readsOnly = passage -> {
            throw new LanguageModel.Unavailable("not asked to read here");
        };

        EnrichThreats.Result r = EnrichThreats.enrich("Checkout", MODEL, List.of(RULE), readsOnly);

        assertThat(r.failure()).hasValue("this model does not draft threats");
        assertThat(r.summary()).contains("does not draft threats");
    }

    /** Answers with the proposals it is given, or fails; keeps every brief it was sent. */
    static final class StubModel implements LanguageModel {
        final List<ThreatBrief> briefs = new ArrayList<>();
        List<Proposed> proposals = List.of();
        Unavailable failure;

        @Override
        public Reading read(Passage passage) {
            throw new UnsupportedOperationException("not asked to read here");
        }

        @Override
        public Proposals threats(ThreatBrief brief) throws Unavailable {
            briefs.add(brief);
            if (failure != null) {
                throw failure;
            }
            return new Proposals(proposals, 100, 20);
        }
    }
}
