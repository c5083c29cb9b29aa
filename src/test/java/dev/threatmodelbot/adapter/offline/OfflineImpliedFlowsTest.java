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
                """);

        // then
        assertThat(flows(m)).contains("Indexer Service → Vector index", "Ledger database → Export job");
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
}
