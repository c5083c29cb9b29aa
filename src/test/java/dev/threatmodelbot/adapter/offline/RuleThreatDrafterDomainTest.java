package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.adapter.offline.RuleThreatDrafterTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Threats of particular kinds of systems, each resting on what a small doc states and never on silence. */
class RuleThreatDrafterDomainTest {
    final RuleThreatDrafter drafter = RuleThreatDrafter.packaged();

    private List<String> ids(String doc) {
        return drafter.draft(read(doc)).stream().map(Threat::id).toList();
    }

    @Test
    void should_draft_direct_prompt_injection_where_a_service_passes_users_text_to_a_model() {
        // when
        List<String> ids = ids("""
                Shoppers type questions into the Assistant widget. The Assistant widget calls the Answer service.
                The Answer service forwards the question, the shopper's cart and the matching FAQ entries to Anthropic.
                """);

        // then
        assertThat(ids).contains("prompt-injection:anthropic-api");
    }

    @Test
    void should_draft_indirect_prompt_injection_from_uploads_that_reach_the_model_through_an_index() {
        // when
        List<String> ids = ids("""
                Customers upload documents to the Intake service. The Intake service writes chunks to Pinecone.
                The Answer service reads passages from Pinecone. The Answer service sends the passages to Anthropic.
                """);

        // then
        assertThat(ids).contains("indirect-prompt-injection:anthropic-api");
    }

    @Test
    void should_draft_ssrf_on_the_part_that_calls_the_urls_customers_register() {
        // when
        List<String> registered = ids("""
                Tenants can register a callback URL for order events.
                The Notifier service posts each event to the tenant's URL.
                """);
        List<String> fixed = ids("The Notifier service posts each event to Slack.");

        // then
        assertThat(registered).contains("server-side-request-forgery:notifier-service");
        assertThat(fixed).noneMatch(id -> id.startsWith("server-side-request-forgery"));
    }

    @Test
    void should_draft_html_injection_into_a_headless_renderer_of_users_text() {
        // when
        List<String> ids = ids("""
                The Report worker turns each quote into a PDF with headless Chrome, from a template filled with
                the customer's comments.
                """);

        // then
        assertThat(ids).contains("server-side-render-injection:report-worker");
    }

    @Test
    void should_draft_forged_events_only_when_the_doc_says_outbound_webhooks_are_unsigned() {
        // when
        String calls = "The Dispatcher service posts status events to the Partner API. ";
        List<String> unsigned = ids(calls + "Outbound webhooks are not signed.");
        List<String> signed = ids(calls + "Outbound webhooks are signed with a per-partner HMAC secret.");
        List<String> silent = ids(calls);

        // then
        assertThat(unsigned).contains("unsigned-outbound-events:dispatcher-service");
        assertThat(signed).noneMatch(id -> id.startsWith("unsigned-outbound-events"));
        assertThat(silent).noneMatch(id -> id.startsWith("unsigned-outbound-events"));
    }

    @Test
    void should_draft_device_threats_from_stated_gaps_and_not_from_silence() {
        // when
        List<String> gaps = ids("""
                ## Fleet
                The Meter agent connects to AWS IoT Core with mutual TLS.
                Each Meter agent stores its private key in flash; there is no TPM.
                The Meter agent verifies the signature of each update before installing it.
                The Valve service publishes commands to AWS IoT Core.

                ## Open issues
                - Rollback protection is not implemented.
                - There is no certificate revocation for stolen meters.
                - Commands to the Valve service carry no nonce.
                """);
        List<String> silent = ids("""
                The Meter agent connects to AWS IoT Core with mutual TLS.
                The Meter agent verifies the signature of each update before installing it.
                The Valve service publishes commands to AWS IoT Core.
                """);

        // then
        assertThat(gaps).contains("device-key-extraction:meter-agent", "firmware-rollback:meter-agent",
                "command-replay:valve-service");
        assertThat(gaps).anyMatch(id -> id.startsWith("device-certificate-revocation:"));
        assertThat(silent).noneMatch(id -> id.startsWith("device-") || id.startsWith("firmware-")
                || id.startsWith("command-replay"));
    }

    @Test
    void should_not_draft_key_extraction_for_a_part_with_a_secure_element() {
        // when
        List<String> ids = ids("""
                The Meter agent connects to AWS IoT Core with mutual TLS.
                Each Meter agent keeps its private key in a secure element.
                """);

        // then
        assertThat(ids).noneMatch(id -> id.startsWith("device-key-extraction"));
    }

    @Test
    void should_not_draft_reading_secrets_out_of_a_key_service_that_cannot_export_its_keys() {
        // when
        String calls = "Jenkins signs the release packages by calling HashiCorp Vault. ";
        List<String> exportable = ids(calls);
        List<String> sealed = ids(calls + "The signing key cannot be exported from HashiCorp Vault.");

        // then
        assertThat(exportable).anyMatch(id -> id.startsWith("secret-isolation:"));
        assertThat(sealed).noneMatch(id -> id.startsWith("secret-isolation:") || id.startsWith("store-direct-access:"))
                .anyMatch(id -> id.startsWith("release-signing-misuse:"));
    }

    @Test
    void should_draft_release_signing_misuse_where_a_pipeline_signs_releases() {
        // when
        List<String> ids = ids("GitLab CI builds the agent and signs the release packages with a key held in Vault.");

        // then
        assertThat(ids).anyMatch(id -> id.startsWith("release-signing-misuse:"));
    }
}
