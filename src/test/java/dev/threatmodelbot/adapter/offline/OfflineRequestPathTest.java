package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.extract;
import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.flows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Property;
import org.junit.jupiter.api.Test;

class OfflineRequestPathTest {

    @Test
    void should_read_a_send_with_a_listed_object_as_a_flow_to_the_receiver() {
        // when
        ContextModel m = extract("""
                The Answer service passes the user's question, the matching passages and the last five replies
                to Anthropic and returns the completion.
                """);

        // then
        assertThat(flows(m)).contains("Answer service → Anthropic API");
    }

    @Test
    void should_not_take_a_listed_object_across_a_name_in_it() {
        // when
        ContextModel m = extract("The Quote service stores prices, discounts and Redis snapshots of carts, all pushed to S3.");

        // then
        assertThat(flows(m)).doesNotContain("Quote service → Amazon S3");
    }

    @Test
    void should_give_a_relative_clause_to_the_part_before_it_never_to_the_sentence_subject() {
        // when
        ContextModel m = extract("""
                The Mobile app submits the order to the backend, which saves it in MongoDB.
                The Kiosk app submits the basket to the Checkout service, which writes it to DynamoDB.
                """);

        // then
        assertThat(flows(m)).doesNotContain("Mobile app → MongoDB", "Kiosk app → Amazon DynamoDB")
                .contains("Kiosk app → Checkout service", "Checkout service → Amazon DynamoDB");
    }

    @Test
    void should_read_where_secrets_are_kept_as_no_flow() {
        // when
        ContextModel m = extract("""
                The Twilio auth token and the Mailgun key are stored in HashiCorp Vault.
                """);

        // then
        assertThat(m.flows()).isEmpty();
    }

    @Test
    void should_read_a_download_through_a_signed_link_as_a_flow_from_the_store() {
        // when
        ContextModel m = extract("""
                The Kiosk agent fetches the new package with a signed GCS URL valid for ten minutes.
                """);

        // then
        assertThat(flows(m)).contains("Google Cloud Storage → Kiosk agent");
    }

    @Test
    void should_send_the_work_to_a_model_or_outside_service_named_as_its_means() {
        // when
        ContextModel m = extract("""
                The Index worker vectorises each page with Cohere and upserts the vectors into Weaviate.
                The Search API scores the query (Anthropic ranking call) before it answers.
                The Export job encrypts each file with AWS KMS.
                """);

        // then
        assertThat(flows(m)).contains("Index worker → Cohere", "Index worker → Weaviate", "Search API → Anthropic API")
                .doesNotContain("Export job → AWS KMS");
    }

    @Test
    void should_read_triggers_and_downlinks_the_way_the_data_goes() {
        // when
        ContextModel m = extract("""
                Stripe webhooks trigger the Ledger worker.
                AWS IoT Core forwards each command to the Pump agent.
                An operator creates an update job in AWS IoT Core targeting the Pump agent.
                """);

        // then
        assertThat(flows(m)).contains("Stripe → Ledger worker", "AWS IoT Core → Pump agent")
                .doesNotContain("Pump agent → AWS IoT Core");
    }

    @Test
    void should_read_a_lookup_in_a_table_as_a_read_from_it() {
        // when
        ContextModel m = extract("""
                The Pricing function checks the customer's plan (a lookup in DynamoDB) before it answers.
                """);

        // then
        assertThat(flows(m)).contains("Amazon DynamoDB → Pricing function");
    }

    @Test
    void should_give_an_endpoint_named_on_a_host_to_the_host() {
        // when
        ContextModel m = extract("Stripe posts each event to the billing webhook endpoint on the Payments API.");

        // then
        assertThat(flows(m)).contains("Stripe → Payments API");
    }

    @Test
    void should_find_the_subject_after_an_opening_phrase_of_time() {
        // when
        ContextModel m = extract("""
                After every tag, Jenkins compiles the binary and calls Vault to fetch the deploy key.
                """);

        // then
        assertThat(flows(m)).contains("Jenkins → HashiCorp Vault");
    }

    @Test
    void should_not_make_a_part_that_uploads_its_own_output_a_receiver_of_uploads() {
        // when
        ContextModel m = extract("""
                The Packaging job builds the installer. It uploads files and checksums to the Releases bucket.
                Customers upload photos to the Gallery service.
                """);

        // then
        assertThat(m.facts()).filteredOn(f -> f.property() == Property.EXTERNAL_CONTENT).extracting(Fact::subject)
                .doesNotContain("packaging-job").contains("gallery-service");
    }

    @Test
    void should_read_a_kms_key_used_to_sign_as_no_encryption_at_rest() {
        // when
        ContextModel m = extract("""
                The Build service signs each package with an AWS KMS key.
                The Ledger database is encrypted at rest with AWS KMS.
                """);

        // then
        assertThat(m.facts()).filteredOn(f -> f.property() == Property.ENCRYPTION_AT_REST).extracting(Fact::subject)
                .doesNotContain("build-service").contains("ledger-database");
    }
}
