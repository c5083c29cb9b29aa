package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.extract;
import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.flows;
import static dev.threatmodelbot.adapter.offline.OfflineFactPlacementTest.facts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import org.junit.jupiter.api.Test;

/**
 * Prose written as paragraphs that open with a part's name in bold, the way RFCs describe an architecture: the
 * product the paragraph says the part is, what "it" does in each of a chain of verbs, and what a sentence naming no
 * part says of the paragraph's part.
 */
class OfflineBoldParagraphsTest {

    private static final String RFC = """
            ## Architecture

            **Chat UI.** A React single-page app hosted on Azure Static Web Apps. Users sign in with Entra ID. Access
            is limited through an app role assignment on the enterprise application.

            **Orchestrator (`atticus-api`).** A Python 3.12 FastAPI service using LangChain, running on our AKS cluster.
            For each turn it embeds the question, retrieves the top 8 chunks from the vector database, builds a prompt
            from the system prompt and the chunks, and calls GPT-4o. The model can call `fetch_case_law(url)`, which
            does an HTTP GET on a URL chosen by the model.

            **Vector database.** Qdrant 1.9, self-hosted on the same AKS cluster.

            **Ingestion (`atticus-ingest`).** An Azure Function on a nightly timer. It downloads new and changed files
            from SharePoint, extracts text and upserts the chunks into Qdrant.

            **LLM.** GPT-4o is deployed in our Azure OpenAI resource, reached over a private endpoint.

            ## Data handling

            We have applied for the abuse monitoring exemption. It has not been approved yet, and we do not plan to hold
            the pilot for it.

            ## Open questions

            1. **Allowlist.** Today the tool fetches any `https://` URL the model produces.
            2. **Usage limits.** The MVP has no per-user token budget. We rely on the deployment's 300k TPM quota.
            """;

    /** As the service reads a design doc: the extractor, then one part per model across the whole doc. */
    private static ContextModel read(String doc) {
        return dev.threatmodelbot.domain.context.AliasFolding.folded(extract(doc));
    }

    private static java.util.List<String> names(ContextModel m) {
        return m.components().stream().map(Component::name).toList();
    }

    @Test
    void should_read_the_product_a_bold_paragraph_opens_with_as_its_part() {
        // when
        ContextModel m = read(RFC);

        // then
        assertThat(names(m)).contains("Chat UI", "Orchestrator", "Ingestion", "Azure Kubernetes Service")
                .doesNotContain("Azure Static Web Apps", "FastAPI service", "Qdrant", "Azure Functions", "OpenAI API",
                        "MVP", "enterprise application");
        assertThat(m.components()).filteredOn(c -> c.name().equalsIgnoreCase("vector database"))
                .flatExtracting(Component::aliases).contains("Qdrant");
        assertThat(m.components()).filteredOn(c -> c.name().equals("Azure OpenAI")).flatExtracting(Component::aliases)
                .contains("OpenAI API");
    }

    @Test
    void should_give_each_verb_of_it_to_the_paragraph_s_part() {
        // when
        ContextModel m = read(RFC);

        // then
        assertThat(flows(m)).contains("vector database → Orchestrator", "Orchestrator → Azure OpenAI",
                "Microsoft SharePoint → Ingestion", "Ingestion → vector database")
                .noneMatch(f -> f.startsWith("vector database → Azure OpenAI"));
    }

    @Test
    void should_place_what_the_paragraph_says_on_its_part_and_read_the_present_as_it_stands() {
        // when
        ContextModel m = read(RFC);

        // then
        assertThat(facts(m)).contains("Orchestrator EXTERNAL_CONTENT=user-url", "system RATE_LIMITING=none")
                .noneMatch(f -> f.contains("TRANSPORT=plain"))
                .noneMatch(f -> f.contains("TAMPER_PROTECTION"))
                .noneMatch(f -> f.contains("AUTHORIZATION=no-approval")); // a request waiting is no change without approver
    }

    @Test
    void should_keep_a_runtime_two_bold_paragraphs_share_as_a_part_of_its_own() {
        // when
        ContextModel m = extract("""
                **Resize service.** An AWS Lambda function that shrinks uploaded photos.

                **Notify service.** An AWS Lambda function that emails the owner.
                """);

        // then
        assertThat(names(m)).contains("Resize service", "Notify service", "AWS Lambda");
    }

    @Test
    void should_read_weaknesses_stated_in_passing_in_security_notes_and_known_limitations() {
        // when
        ContextModel m = read("""
                ## Components

                - **Remit (transfer service)**: Java service that creates transfers.
                - **Sigil (signing service)**: small Go service in front of CloudHSM.
                - **Railyard**: partner adapter that receives Meridian settlement webhooks.

                ## Security considerations

                - **Step-up.** The biometric check happens on the device and Remit accepts the `biometric_verified` flag
                  as sent.
                - **Partner webhooks.** Railyard receives the callbacks. Meridian also sends an HMAC-SHA256 signature
                  header; we do not verify it yet.
                - **Ledger integrity.** Remit and Railyard share the `remit_app` database role, which has INSERT and
                  UPDATE on `ledger_entries`. Append-only behaviour is enforced in application code.

                ## Known limitations

                - `SIGIL_TOKEN` is a masked CI/CD variable, but it is not marked *protected*, because hotfix branches
                  are not protected branches. The token is a single static value shared by all pipelines. It is
                  rotated by hand.
                - Two vendor modules track `main`.
                - In installer mode the lock accepts a BLE DFU upload from any connected phone.
                """);

        // then
        assertThat(facts(m)).contains("Remit AUTHORIZATION=trusts-client", "Remit AUTHORIZATION=client-side",
                "Partner webhooks TAMPER_PROTECTION=unsigned", "Remit AUTHORIZATION=over-broad", "system SECRETS=spread",
                "system AUTHENTICATION=shared", "system SECRETS=static", "system TAMPER_PROTECTION=unsigned",
                "system AUTHENTICATION=none", "system AUTHORIZATION=no-approval");
    }

    @Test
    void should_know_code_named_parts_a_diagram_draws_before_the_sections_that_define_them() {
        // when
        ContextModel m = OfflineClientAppTest.read("""
                # Quill

                ## Architecture

                ```mermaid
                flowchart LR
                    APIM["Azure API Management"] -->|"REST over private VNet"| MSG["msg-svc"]
                    MSG -->|"draft.requested event"| SB[["Service Bus queue"]]
                    SB -->|"message id"| QD["quill-drafter"]
                    QD -->|"prompt over HTTPS, API key"| LLM["Azure OpenAI gpt-4o"]
                ```

                ## Components

                ### 4.3 Messaging service (`msg-svc`)
                A Spring Boot 3 service owned by Digital Health.

                ### 4.5 Draft worker (`quill-drafter`)
                A Python 3.11 service on AKS that consumes `draft.requested`.
                """);

        // then
        assertThat(flows(m)).contains("Azure API Management → Messaging service", "Messaging service → Azure Service Bus",
                "Azure Service Bus → Draft worker", "Draft worker → Azure OpenAI");
        assertThat(m.components()).filteredOn(c -> c.name().equals("Draft worker")).flatExtracting(Component::aliases)
                .contains("quill-drafter");
    }

    @Test
    void should_read_a_section_named_by_role_as_the_product_it_opens_with() {
        // when
        ContextModel m = read("""
                ### 4.2 API gateway
                Azure API Management fronts all portal traffic. It validates the JWT (issuer, audience, expiry). It
                enforces a limit of 60 requests per minute per token.
                """);

        // then
        assertThat(names(m)).contains("Azure API Management").doesNotContain("API Gateway", "JWT");
        assertThat(facts(m)).contains("Azure API Management RATE_LIMITING=enabled");
    }

    @Test
    void should_read_numbered_steps_that_introduce_parts_by_code_name() {
        // when
        ContextModel m = read("""
                ## The journey of an event

                3. **Gullet**, the ingestion API, is a Go service on EKS. It looks up the write key in a Redis cache.
                   Finally it produces to the Kafka topic `events.raw` and returns 200 once Kafka acknowledges.
                4. **Sieve** is a Kafka Streams application. It consumes `events.raw` from Kafka.
                5. **Loom** consumes `events.enriched` and writes to ClickHouse in batches.
                """);

        // then
        assertThat(names(m)).contains("Gullet", "Sieve", "Loom").doesNotContain("Go service", "Streams application");
        assertThat(flows(m)).contains("Gullet → Apache Kafka", "Apache Kafka → Sieve", "Loom → ClickHouse");
    }
}
