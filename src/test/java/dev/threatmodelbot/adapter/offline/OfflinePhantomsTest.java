package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import org.junit.jupiter.api.Test;

class OfflinePhantomsTest {

    @Test
    void should_not_take_a_screen_reached_by_clicking_for_a_part() {
        // when
        ContextModel m = extract("""
                Editors open the Campaigns Dashboard and click New Campaign.
                The Campaign service stores drafts in the Drafts database.
                The Campaigns Dashboard lists every draft.
                """);

        // then
        assertThat(m.components()).extracting(Component::name)
                .containsExactly("Campaign service", "Drafts database");
    }

    @Test
    void should_not_take_a_vendor_console_or_a_click_path_for_parts_or_flows() {
        // when
        ContextModel m = extract("""
                Keys are rotated by hand in the Azure Portal.
                - Settings > Billing → Invoices → Export
                """);

        // then
        assertThat(m.components()).isEmpty();
        assertThat(m.flows()).isEmpty();
    }

    @Test
    void should_make_people_and_roles_external_actors() {
        // when
        ContextModel m = extract("""
                The Cluster Operator installs the chart with the Release Controller.
                Each End User of Client Application signs in with a passkey.
                The Support Agent, who answers tickets, can read the Orders database.
                """);

        // then
        assertThat(m.components()).extracting(Component::name, Component::kind).contains(
                tuple("Cluster Operator", ComponentKind.EXTERNAL_ENTITY),
                tuple("Release Controller", ComponentKind.PROCESS),
                tuple("End User", ComponentKind.EXTERNAL_ENTITY),
                tuple("Support Agent", ComponentKind.EXTERNAL_ENTITY),
                tuple("Orders database", ComponentKind.DATA_STORE));
        assertThat(m.components()).extracting(Component::name).noneMatch(n -> n.contains("Client Application"));
    }

    @Test
    void should_not_take_a_document_title_for_a_part() {
        // when
        ContextModel m = extract("""
                # Receipt Scanner Application

                Receipts are uploaded to S3 and read by the OCR worker.
                """);

        // then
        assertThat(m.components()).extracting(Component::name).containsExactly("Amazon S3", "OCR worker");
    }

    @Test
    void should_drop_parts_named_only_in_future_or_out_of_scope_work() {
        // when
        ContextModel m = extract("""
                The Booking API writes to the Bookings database.
                The Loyalty service is out of scope for this review.

                ## Future work

                - A Fraud Scoring service will read every booking from the Bookings database.
                - The Bookings database will be encrypted with KMS in a later phase.
                """);

        // then
        assertThat(m.components()).extracting(Component::name).containsExactly("Booking API", "Bookings database");
        assertThat(m.flows()).hasSize(1);
        // what future work will add is missing today
        assertThat(m.facts()).extracting(f -> f.subject() + " " + f.property() + "=" + f.value())
                .containsExactly("bookings-database ENCRYPTION_AT_REST=none");
    }

    @Test
    void should_make_the_labelled_items_of_an_actors_section_external_actors() {
        // when
        ContextModel m = extract("""
                ## Actors

                - Platform Admin: installs the chart and owns the cluster.
                - Field Technician of Partner Company: reads work orders.
                - Payment provider: settles card payments.
                """);

        // then
        assertThat(m.components()).extracting(Component::name, Component::kind).containsExactly(
                tuple("Platform Admin", ComponentKind.EXTERNAL_ENTITY),
                tuple("Field Technician", ComponentKind.EXTERNAL_ENTITY),
                tuple("Payment provider", ComponentKind.EXTERNAL_ENTITY));
    }

    @Test
    void should_keep_a_later_section_naming_of_a_labelled_product_on_its_part() {
        // given
        ContextModel known = extract("- Ledger database: Amazon RDS PostgreSQL");

        // when
        ContextModel more = OfflineFactExtractorTest.EXTRACTOR.extract("Backups of PostgreSQL run nightly.",
                OfflineFactExtractorTest.DOC, known);

        // then
        assertThat(more.components()).extracting(Component::name).containsExactly("Ledger database");
    }

    @Test
    void should_take_a_named_screen_for_no_part_and_a_support_agent_for_a_person() {
        // when
        ContextModel m = extract("""
                The Release Console is a small web app used by clinicians; its "Release Queue" screen shows held results.
                The Release Console calls the Results API.
                Anything the bot cannot handle goes to a Support Agent, who reads the transcript in Zendesk.
                """);

        // then
        assertThat(m.components()).noneMatch(c -> c.name().equals("Release Queue"));
        assertThat(m.components()).filteredOn(c -> c.name().equalsIgnoreCase("Support Agent"))
                .allMatch(c -> c.kind() == dev.threatmodelbot.domain.context.ComponentKind.EXTERNAL_ENTITY);
    }

    @Test
    void should_drop_a_part_named_only_as_not_enabled_yet() {
        // when
        ContextModel m = extract("""
                The Loader job reads credentials from Airflow Variables.
                Moving them to AWS Secrets Manager is agreed but not enabled yet.
                """);

        // then
        assertThat(m.components()).noneMatch(c -> c.name().equals("AWS Secrets Manager"));
    }
}
