package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gaps stated of a part by what it does ("at retrieval", "at ingestion", "the Slack entry point") land on that part. */
class OfflineImpliedPartsTest {
    static final String DOC = """
            ## Components

            - **Orchestrator** — Python service. Builds the prompt and calls the LLM.
            - **Ingestion worker** — crawls Confluence nightly and writes chunks to the Vector store.
            - **Vector store** — pgvector, holds the chunks and their embeddings.
            - **Identity Service** — issues access and refresh tokens for the app.

            Users ask questions in Slack; Slack sends events to the Orchestrator.

            ## Known gaps

            - No per-user permission filtering at retrieval.
            - Ingestion has no input validation of page content.
            - No rate limiting on the Slack entry point.
            - Refresh tokens are not revoked on logout.
            """;

    static List<String> facts(ContextModel m) {
        return OfflineFactPlacementTest.facts(m);
    }

    @Test
    void should_place_a_gap_on_the_one_part_its_words_refer_to() {
        // when
        ContextModel m = RuleThreatDrafterTest.read(DOC);

        // then
        assertThat(facts(m)).contains("Vector store AUTHORIZATION=none", "Ingestion worker INPUT_VALIDATION=none",
                "Identity Service AUTHENTICATION=no-revocation");
    }

    @Test
    void should_draft_the_stated_gaps_on_the_parts_they_are_about() {
        // when
        ContextModel m = RuleThreatDrafterTest.read(DOC);
        List<Threat> ts = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(ts).filteredOn(t -> t.rule().equals("vector-store-leak")).singleElement()
                .satisfies(t -> assertThat(t.evidence()).anyMatch(e -> e.contains("AUTHORIZATION:none")));
        assertThat(ts).anyMatch(t -> t.rule().equals("gap-unlimited") && t.subjects().equals(List.of("orchestrator")))
                .noneMatch(t -> t.subjects().contains("slack") && t.rule().startsWith("gap-"));
    }

    @Test
    void should_place_nothing_where_two_parts_fit_equally() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                The Search API reads from the Docs index in Pinecone and from the Tickets index in Weaviate.

                - No per-user permission filtering at retrieval.
                """);

        // then
        assertThat(facts(m)).noneMatch(f -> f.contains("AUTHORIZATION=none") && !f.startsWith("system"));
    }

    @Test
    void should_place_a_gap_about_a_port_or_protocol_on_the_one_flow_laid_out_with_it() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                ## Data flow

                1. LIS → Integration Engine: HL7 results over MLLP, TCP port 6661, on the clinical network.
                2. Integration Engine → Results Store: parsed result rows via JDBC.

                ## Gaps

                - The MLLP listener on port 6661 accepts connections from any host and uses no TLS.
                """);

        // then
        assertThat(facts(m)).contains("LIS → Integration Engine TRANSPORT=plain", "LIS → Integration Engine AUTHENTICATION=none")
                .noneMatch(f -> f.startsWith("system TRANSPORT"));
    }

    @Test
    void should_place_an_api_key_gap_on_the_one_key_service() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                | Component | Technology | Notes |
                |---|---|---|
                | Invoice Service | Kotlin | Owns invoices. |
                | Tenant & Key Service | Kotlin | Tenants, users, API keys, webhook subscriptions. |

                Known gaps:

                - API keys have no scopes and no expiry.
                """);

        // then
        assertThat(facts(m)).anyMatch(f -> f.contains("Key Service AUTHENTICATION=no-revocation"))
                .noneMatch(f -> f.startsWith("system AUTHENTICATION"));
    }

    @Test
    void should_place_a_gap_about_an_endpoint_on_the_part_the_text_put_it_on() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                ## Checkout steps

                1. The Checkout Service calls the Loyalty Service `POST /redemptions` with the points amount.
                2. If the Fraud Service times out or errors, the Checkout Service treats the result as `allow`.

                ## Known issues

                - `POST /redemptions` does not take an idempotency key, so a retry creates two holds.
                """);

        // then
        assertThat(facts(m)).contains("Loyalty Service TAMPER_PROTECTION=replayable",
                "Checkout Service AUTHORIZATION=fails-open");
    }

    @Test
    void should_place_a_gap_about_our_endpoint_on_our_part_even_where_the_caller_is_named() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                | # | Source | Target | Data |
                |---|---|---|---|
                | F2 | GitHub | Forge API (`/hooks/github`) | Push and PR events |

                Known issues:

                - The GitHub webhook endpoint (`/hooks/github`) does not yet verify the `X-Hub-Signature-256` header.
                """);

        // then
        assertThat(facts(m)).contains("Forge API TAMPER_PROTECTION=unsigned").noneMatch(f -> f.startsWith("GitHub TAMPER"));
    }
}
