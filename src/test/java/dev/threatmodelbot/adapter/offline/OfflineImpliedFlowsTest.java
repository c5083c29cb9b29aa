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
}
