package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.extract;
import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.flows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ContextModel;
import org.junit.jupiter.api.Test;

class OfflineImpliedFlowsTest {

    @Test
    void should_draw_passive_store_operations_from_the_part_that_services_the_section() {
        // when
        ContextModel m = extract("""
                ## Booking operations

                The booking endpoints are exposed by the Edge gateway and serviced from the Booking worker:

                **CreateBooking**

                - The Seats table row is updated with the seat number.
                - The signed ticket is written as a PDF to the Tickets bucket.

                **CancelBooking**

                - The ticket will be deleted from the Tickets bucket.
                - The Seats table will be queried, and the Booking worker will send a receipt.
                """);

        // then
        assertThat(flows(m)).contains("Booking worker → Seats table", "Booking worker → Tickets bucket",
                "Seats table → Booking worker");
    }

    @Test
    void should_take_the_acting_part_from_the_heading_or_the_lead_sentence() {
        // when
        ContextModel m = extract("""
                ### Indexer Service

                - Chunks are stored in the Vector index.

                ### Nightly export

                The Export job runs every night at two.
                - Yesterday's rows are read from the Ledger database.
                - Closed accounts are exported from the Accounts table.
                - The nightly snapshot is registered in the Snapshot registry.
                """);

        // then
        assertThat(flows(m)).contains("Indexer Service → Vector index", "Ledger database → Export job",
                "Accounts table → Export job", "Export job → Snapshot registry");
    }

    @Test
    void should_draw_nothing_when_no_part_acts_in_the_section() {
        // when
        ContextModel m = extract("""
                ## Storage

                The Billing service and the Audit service share this account.
                - Invoices are written to the Invoices bucket.
                - The Ledger database is read by the Audit service.

                ## Retention

                - Old rows are deleted from the Ledger database after a year.
                """);

        // then
        assertThat(flows(m)).containsExactly("Ledger database → Audit service");
    }

    @Test
    void should_send_to_any_part_what_an_agentless_clause_sends_there() {
        // when
        ContextModel m = extract("""
                ## Answering

                Questions are processed by the Answer service.
                - The question is embedded, and the Passage index is searched for close passages.
                - Passages are fetched from the Passage index and the prompt is sent to Bedrock.
                - The assembled prompt is then sent to Bedrock.
                - Each answer is returned to the Chat frontend.
                """);

        // then
        assertThat(flows(m)).contains("Passage index → Answer service", "Answer service → Amazon Bedrock",
                "Answer service → Chat frontend").doesNotContain("Passage index → Amazon Bedrock");
    }

    @Test
    void should_read_what_a_controller_applies_to_a_part_as_a_flow_into_it() {
        // when
        ContextModel m = extract("The Sync controller applies the rendered manifests to the Kubernetes API server.");

        // then
        assertThat(flows(m)).containsExactly("Sync controller → Kubernetes API server");
    }

    @Test
    void should_keep_the_acting_part_of_a_section_in_its_subsections_only() {
        // when
        ContextModel m = extract("""
                ## Order API

                All order operations are handled by the Orders service.

                ### PlaceOrder

                - The order is inserted into the Orders table.

                ### ShipOrder

                - The label PDF is uploaded to the Labels bucket.

                ## Reporting

                - The Orders table is scanned every night.
                """);

        // then
        assertThat(flows(m)).containsExactly("Orders service → Orders table", "Orders service → Labels bucket");
    }

    @Test
    void should_take_the_orchestrator_of_a_pipeline_section_as_its_acting_part() {
        // when
        ContextModel m = extract("""
                ## Nightly training

                The pipeline is orchestrated by Kubeflow.
                1. Raw orders are pulled from the Orders warehouse.
                2. Scores are logged to the Scores table.
                """);

        // then
        assertThat(flows(m)).containsExactly("Orders warehouse → Kubeflow", "Kubeflow → Scores table");
    }

    @Test
    void should_send_the_user_to_the_front_end_host_and_their_browser_to_the_only_api_gateway() {
        // when
        ContextModel m = extract("""
                ## Overview

                As a clinic receptionist, I want to book a patient's appointment.
                The web front end is hosted on AWS Amplify.

                ## API

                The booking API is configured in Amazon API Gateway and serviced from Lambda functions.
                """);

        // then
        assertThat(flows(m)).contains("Clinic receptionist → AWS Amplify", "Clinic receptionist → Amazon API Gateway",
                "Amazon API Gateway → AWS Lambda");
    }

    @Test
    void should_not_guess_a_browser_caller_for_a_gateway_something_else_calls() {
        // when
        ContextModel m = extract("""
                As a clinic receptionist, I want to book a patient's appointment.
                The web front end is hosted on AWS Amplify.
                The Partner portal sends booking requests to Amazon API Gateway, which invokes the Booking function.
                """);

        // then
        assertThat(flows(m)).contains("Clinic receptionist → AWS Amplify")
                .doesNotContain("Clinic receptionist → Amazon API Gateway");
    }

    @Test
    void should_deploy_from_an_infrastructure_stack_what_it_includes() {
        // when
        ContextModel m = extract("""
                The application CloudFormation stack includes a CloudFront distribution, an S3 website bucket and an
                associated AWS WAF WebACL.
                """);

        // then
        assertThat(flows(m)).contains("AWS CloudFormation → Amazon CloudFront", "AWS CloudFormation → Amazon S3",
                "AWS CloudFormation → AWS WAF");
    }

    @Test
    void should_send_code_changes_to_the_repository_from_who_reviews_pull_requests() {
        // when
        ContextModel m = extract("""
                The source lives in GitHub and GitHub Actions builds every change.
                Code changes are submitted via pull requests and must be approved by at least one maintainer.
                """);

        // then
        assertThat(flows(m)).contains("Maintainer → GitHub");
    }
}
