package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.extract;
import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Fact;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineFactPlacementTest {

    static List<String> facts(ContextModel m) {
        return m.facts().stream().map(f -> subject(m, f) + " " + f.property() + "=" + f.value()).toList();
    }

    private static String subject(ContextModel m, Fact f) {
        return m.flow(f.subject()).map(fl -> name(m, fl.source()) + " → " + name(m, fl.target()))
                .orElse(name(m, f.subject()));
    }

    @Test
    void should_not_make_open_static_files_a_gap_of_the_server_that_serves_them() {
        // when
        ContextModel m = extract("The browser downloads the static assets from the Quote API; no authentication is "
                + "needed for these files. The Quote API requires a bearer token for every call.");

        // then
        assertThat(facts(m)).contains("Quote API AUTHENTICATION=token").doesNotContain("Quote API AUTHENTICATION=none");
    }

    @Test
    void should_read_guardrails_on_prompts_as_input_validation_and_on_replies_as_output_handling() {
        // when
        ContextModel m = extract("""
                Guardrails screen the user's prompt before it reaches Amazon Bedrock.
                Guardrails filter the model's responses before they reach the Help UI.
                """);

        // then
        assertThat(facts(m)).contains("Amazon Bedrock INPUT_VALIDATION=validated", "system OUTPUT_HANDLING=validated")
                .doesNotContain("Amazon Bedrock OUTPUT_HANDLING=validated", "Help UI OUTPUT_HANDLING=validated");
    }

    @Test
    void should_read_a_managed_store_default_encryption_as_encrypted_not_as_a_gap() {
        // when
        ContextModel m = extract("""
                The Carts table is stored in Amazon DynamoDB with default encryption (AWS owned keys).
                Receipts go to Amazon S3, which encrypts objects at rest by default.
                """);

        // then
        assertThat(m.components()).extracting(Component::name).containsExactly("Carts table", "Amazon S3");
        assertThat(facts(m)).contains("Carts table ENCRYPTION_AT_REST=encrypted", "Amazon S3 ENCRYPTION_AT_REST=encrypted")
                .noneMatch(f -> f.endsWith("ENCRYPTION_AT_REST=none"));
    }

    @Test
    void should_read_user_supplied_urls_uploads_prompts_and_public_sharing() {
        // when
        ContextModel m = extract("""
                The Digest worker fetches the feed URLs supplied by subscribers.
                The Digest worker passes the fetched article text into the prompt.
                Subscribers can upload PDFs to the Library API.
                The Library API shares a digest publicly; anyone with the link can read it.
                """);

        // then
        assertThat(facts(m)).contains("Digest worker DATA_PROVENANCE=user-supplied",
                "Digest worker DATA_PROVENANCE=public", "Library API DATA_PROVENANCE=user-supplied",
                "Library API EXPOSURE=public");
    }

    @Test
    void should_not_lend_a_sentence_about_people_to_the_part_named_before() {
        // when
        ContextModel m = extract("""
                Diagrams are rendered by the Sketch Worker.
                It is encrypted in transit with TLS.
                Users may share a diagram publicly via a link.
                """);

        // then
        assertThat(facts(m)).contains("system EXPOSURE=public", "Sketch Worker TRANSPORT=tls")
                .doesNotContain("Sketch Worker EXPOSURE=public");
    }

    @Test
    void should_not_put_a_store_fact_on_the_key_service_named_as_its_means() {
        // when
        ContextModel m = extract("""
                The Ledger is kept in Amazon RDS, which uses AWS KMS for encryption at rest.
                Payroll exports are encrypted with AWS KMS before upload. KMS keys rotate yearly.
                """);

        // then
        assertThat(facts(m)).contains("Amazon RDS ENCRYPTION_AT_REST=encrypted", "Amazon RDS ENCRYPTION_AT_REST=kms")
                .noneMatch(f -> f.startsWith("AWS KMS "));
    }

    @Test
    void should_not_hang_a_list_item_naming_no_part_on_the_part_the_item_above_named() {
        // when
        ContextModel m = extract("""
                The Card processor sends webhooks to the Webhook Receiver, which publishes events to Apache Kafka.

                Known gaps:

                - The processor signs webhooks with an HMAC header. Our Webhook Receiver has the validation code, but
                  it is switched off by a config flag in production until the key-rotation tooling lands.
                - Refresh tokens are not rotated on use.
                - The Identity Service issues tokens. It keeps them for 30 days.
                """);

        // then
        assertThat(facts(m)).contains("system SECRETS=static")
                .noneMatch(f -> f.startsWith("Webhook Receiver SECRETS"))
                .noneMatch(f -> f.startsWith("Webhook Receiver AUTHENTICATION=no-revocation"));
    }
}
