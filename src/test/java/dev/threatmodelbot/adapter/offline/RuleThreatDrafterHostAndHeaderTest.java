package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two weaknesses design docs state in plain words (a service trusting an identity header, jobs with host-level
 * rights) and one control (a store whose records cannot be rewritten).
 */
class RuleThreatDrafterHostAndHeaderTest {

    static List<String> about(List<Threat> ts, String rule) {
        return ts.stream().filter(t -> t.rule().equals(rule)).flatMap(t -> t.subjects().stream()).toList();
    }

    @Test
    void should_draft_a_spoofed_identity_header_where_a_service_trusts_the_gateway_header() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                The Mobile App calls the API Gateway, which forwards requests to the Card Service.
                The Card Service does not re-validate the JWT. It trusts the `X-Customer-Id` header from the gateway.
                The Card Service writes card states to the Cards database.
                """);
        List<Threat> ts = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(about(ts, "spoofed-identity-header")).containsExactly("card-service");
        assertThat(ts).filteredOn(t -> t.rule().equals("spoofed-identity-header")).first()
                .satisfies(t -> assertThat(t.evidence()).anyMatch(e -> e.contains("trusts-header")));
    }

    @Test
    void should_draft_an_escape_where_jobs_run_as_root_with_the_docker_socket() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                The Runner agent pulls jobs from Redis.
                The Runner agent starts a container per job that runs as root with the Docker socket mounted.
                """);
        List<Threat> ts = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(about(ts, "container-escape")).contains("runner-agent");
    }

    @Test
    void should_not_draft_either_where_the_doc_states_the_opposite() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                The API Gateway forwards requests to the Card Service, which validates the JWT on every request.
                The Runner agent starts rootless containers without the Docker socket.
                """);
        List<Threat> ts = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(ts).noneMatch(t -> t.rule().equals("spoofed-identity-header") || t.rule().equals("container-escape"));
    }

    @Test
    void should_not_draft_deletion_of_what_a_locked_store_keeps() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                The Support Console writes agent actions to the Audit bucket and customer notes to the Notes bucket.
                The Audit bucket is write-once (Object Lock, 7-year retention) and holds customer PII.
                The Notes bucket holds customer PII.
                """);
        List<Threat> ts = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(about(ts, "data-deletion")).contains("notes-bucket").doesNotContain("audit-bucket");
    }

    @Test
    void should_leave_links_to_https_only_services_to_their_default_unless_the_doc_says_plain() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                Maintainers push code to GitHub. The Build service sends alerts to Slack.
                Customers upload build files to the Build service.
                """);
        List<Threat> ts = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(OfflineFactExtractorTest.flows(m)).contains("Maintainer → GitHub", "Build service → Slack");
        assertThat(about(ts, "data-in-transit")).contains("customer->build-service")
                .doesNotContain("maintainer->github", "build-service->slack");
    }

    @Test
    void should_read_a_topic_without_acls_as_forged_messages_not_as_users_reaching_others_records() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                The Webhook Receiver publishes declined transactions to Apache Kafka; the Notification Service consumes them.
                The card-events topic in Apache Kafka has no topic ACLs; any client in the account can produce to it.
                """);
        List<Threat> ts = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(ts).anyMatch(t -> t.rule().equals("gap-no-topic-acl") && t.subjects().equals(List.of("apache-kafka"))
                && t.attack().equals("data-tampering"))
                .noneMatch(t -> t.rule().equals("gap-no-authorisation"));
    }

    @Test
    void should_draft_an_open_package_registry_on_the_registry_citing_what_the_doc_says() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                The Build service pulls Maven packages from the internal Nexus proxy.
                Nexus accepts deploys from inside the VPC without credentials.
                """);
        List<Threat> ts = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(ts).anyMatch(t -> t.rule().equals("store-no-authentication")
                && t.subjects().equals(List.of("sonatype-nexus")) && t.evidence().contains("sonatype-nexus:AUTHENTICATION:none:§1"));
    }

    @Test
    void should_not_spread_a_gap_said_of_no_part_to_every_link() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                Patients call the Results API. The Results API sends SMS requests to the Notification Service.
                The MLLP listener on port 6661 uses no TLS.
                """);
        List<Threat> ts = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(ts).filteredOn(t -> t.rule().equals("data-in-transit"))
                .noneMatch(t -> t.evidence().stream().anyMatch(e -> e.startsWith("system:TRANSPORT:plain")));
    }

    @Test
    void should_draft_an_over_broad_role_on_the_part_that_holds_it() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                The PDF Renderer writes rendered PDFs to the Invoice Bucket in Amazon S3.
                The PDF Renderer's instance role currently has s3:* on the whole Invoice Bucket.
                """);
        List<Threat> ts = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(ts).anyMatch(t -> t.rule().equals("gap-over-broad") && t.subjects().equals(List.of("pdf-renderer")));
    }

    @Test
    void should_read_unsigned_model_artifacts_as_model_tampering() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                The Training job writes the trained model to the Model Registry. The Model Server loads it from the Model Registry.
                Model artifacts are not signed; for Python runtimes the artifact is a pickle file.
                """);
        List<Threat> ts = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(ts).anyMatch(t -> t.rule().equals("gap-unsigned-model") && t.attack().equals("model-tampering"))
                .noneMatch(t -> t.rule().equals("gap-unsigned"));
    }

    @Test
    void should_draft_an_unchecked_incoming_webhook_as_forged_input_not_as_unsigned_outbound_events() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                Stripe sends payment events to the Webhook Receiver, which updates the Orders DB.
                The Webhook Receiver does not verify the Stripe-Signature header yet.
                """);
        List<Threat> ts = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(ts).anyMatch(t -> t.rule().equals("gap-unsigned") && t.subjects().equals(List.of("webhook-receiver")))
                .noneMatch(t -> t.rule().equals("unsigned-outbound-events"));
    }
}
