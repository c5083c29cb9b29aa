package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Coverage;
import dev.threatmodelbot.domain.context.Topic;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Parts the doc says were threat-modelled already stay as context but get no threats and no questions. */
class ReviewedElsewhereTest {
    static final String DOC = """
            # Appointment booking

            As a clinic receptionist, I want to book a patient's appointment.
            This feature builds on features that have already been threat modeled and deployed - namely the web
            front end hosted on AWS Amplify and user authentication through Amazon Cognito.

            ## API

            The booking API is configured in Amazon API Gateway and serviced from Lambda functions.
            The Lambda function writes each booking to the Bookings table in Amazon DynamoDB.
            """;

    @Test
    void should_keep_the_parts_reviewed_elsewhere_with_their_flows_but_draft_nothing_on_them() {
        // when
        ContextModel m = RuleThreatDrafterTest.read(DOC);
        List<Threat> ts = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(m.reviewedElsewhere("aws-amplify")).isTrue();
        assertThat(m.reviewedElsewhere("amazon-cognito")).isTrue();
        assertThat(m.reviewedElsewhere("amazon-api-gateway")).isFalse();
        assertThat(OfflineFactExtractorTest.flows(m)).contains("Clinic receptionist → AWS Amplify",
                "Clinic receptionist → Amazon Cognito");
        assertThat(ts).allMatch(t -> t.subjects().stream().noneMatch(s -> s.equals("aws-amplify")
                || s.equals("amazon-cognito") || m.reviewedElsewhere(s)));
        assertThat(ts).anyMatch(t -> t.subjects().contains("aws-lambda"));
    }

    @Test
    void should_ask_nothing_about_the_parts_reviewed_elsewhere() {
        // when
        ContextModel m = RuleThreatDrafterTest.read(DOC);
        List<Topic> topics = Coverage.of(m, Set.of()).topics();

        // then
        assertThat(topics).noneMatch(t -> t.subject().equals("aws-amplify") || t.subject().equals("amazon-cognito"));
        assertThat(topics).anyMatch(t -> t.subject().equals("aws-lambda"));
    }

    @Test
    void should_not_take_a_part_never_threat_modelled_as_reviewed() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                The Reports service has not been threat modeled yet. It reads invoices from the Invoices bucket in Amazon S3.
                """);

        // then
        assertThat(m.components()).noneMatch(c -> m.reviewedElsewhere(c.id()));
    }

    @Test
    void should_take_what_an_out_of_scope_section_names_as_reviewed_elsewhere_but_not_future_work() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                ## Design

                The Build service reads deploy secrets from HashiCorp Vault and writes artifacts to Amazon S3.
                The Build service keeps job state in Redis.

                ## Future work

                A Redis cluster upgrade is planned for Q3.

                ## Not covered

                The Vault cluster (owned by the Security Infra team) and GitHub's own platform security.
                """);

        // then
        assertThat(m.reviewedElsewhere("hashicorp-vault")).isTrue();
        assertThat(m.reviewedElsewhere("redis")).isFalse();
        assertThat(m.reviewedElsewhere("amazon-s3")).isFalse();
        assertThat(RuleThreatDrafter.packaged().draft(m)).noneMatch(t -> t.subjects().contains("hashicorp-vault"));
    }

    @Test
    void should_keep_in_scope_how_the_system_uses_a_platform_whose_own_security_is_excluded() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                ## Design

                The Orchestrator sends the prompt to Azure OpenAI and reads pages from Confluence.
                The Orchestrator stores answers in BigQuery and takes payments through Stripe.

                ## Out of scope

                The security of Confluence and Azure OpenAI as platforms. Stripe's own systems. BigQuery's billing.
                """);

        // then
        assertThat(m.reviewedElsewhere("azure-openai")).isFalse();
        assertThat(m.reviewedElsewhere("confluence")).isFalse();
        assertThat(m.reviewedElsewhere("bigquery")).isFalse();
        assertThat(m.reviewedElsewhere("stripe")).isTrue();
    }

    @Test
    void should_not_exclude_a_part_an_out_of_scope_item_only_mentions() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                ## Design

                The Lab system sends results to the Integration engine service over MLLP.
                The Orchestrator calls the Refund service and stores chats in the Conversation DB.
                The Orchestrator reads patient records from the EHR.
                The Lab system and the Instrument gateway send results to the Integration engine service.

                ## Out of scope

                - Billing messages that also pass through the Integration engine service.
                - Voice and email channels, which are not part of the Orchestrator.
                - The payment processor's refund handling behind the Refund service.
                - EHR internals and the clinician inbox.
                - Lab system and Instrument gateway vendor software, other than their network connections.
                - The Conversation DB (owned by the Data Platform team).
                """);

        // then
        assertThat(m.components()).filteredOn(c -> m.reviewedElsewhere(c.id())).extracting(c -> c.name())
                .containsExactly("Conversation DB");
    }

    @Test
    void should_leave_sign_in_threats_out_where_only_the_sign_in_of_a_part_is_excluded() {
        // when
        ContextModel m = RuleThreatDrafterTest.read("""
                ## Design

                Support Agent → Okta: sign-in (OIDC).
                Support Agent → Admin Portal: refunds and lookups.
                The Admin Portal calls the Orders API.

                ## Out of scope

                - Okta's MFA configuration and account recovery.
                """);
        List<Threat> ts = RuleThreatDrafter.packaged().draft(m);
        List<Threat> unscoped = RuleThreatDrafter.packaged().draft(RuleThreatDrafterTest.read("""
                Support Agent → Okta: sign-in (OIDC).
                Support Agent → Admin Portal: refunds and lookups.
                The Admin Portal calls the Orders API.
                """));
        assertThat(unscoped).anyMatch(t -> t.subjects().equals(List.of("okta")) && t.attack().equals("spoofing"));

        // then
        assertThat(m.reviewedElsewhere("okta")).isFalse();
        assertThat(m.signInReviewedElsewhere("okta")).isTrue();
        assertThat(ts).noneMatch(t -> t.subjects().equals(List.of("okta")) && t.attack().equals("spoofing"));
    }
}
