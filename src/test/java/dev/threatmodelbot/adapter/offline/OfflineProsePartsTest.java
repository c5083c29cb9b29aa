package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.extract;
import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.flows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineProsePartsTest {

    @Test
    void should_read_a_bare_role_noun_that_acts_as_a_part() {
        // given
        String text = "Jobs land on an Amazon SQS queue. A worker pulls each job from Amazon SQS and writes the "
                + "result to Amazon DynamoDB. Later the scheduler calls the worker again.";

        // when
        ContextModel model = extract(text);

        // then
        assertThat(names(model)).contains("Worker", "Scheduler");
        assertThat(flows(model)).contains("Amazon SQS → Worker", "Worker → Amazon DynamoDB", "Scheduler → Worker");
    }

    @Test
    void should_not_read_a_role_noun_without_a_verb_of_its_own() {
        // given
        String text = "The reports run on a worker pool inside Amazon ECS. Each worker node has 4 GB of memory.";

        // when, then
        assertThat(names(extract(text))).doesNotContain("Worker");
    }

    @Test
    void should_keep_the_full_name_when_the_doc_gives_one() {
        // given
        String text = "Uploads are handled by the Billing worker. The worker writes invoices to Amazon S3.";

        // when
        ContextModel model = extract(text);

        // then
        assertThat(names(model)).contains("Billing worker").doesNotContain("Worker");
    }

    @Test
    void should_read_an_acronym_that_acts_as_a_part_but_not_a_message_kind() {
        // given
        String text = "Staff use the Admin console; the BFF calls the Orders service. The SMS says only that a "
                + "parcel is ready.";

        // when
        ContextModel model = extract(text);

        // then
        assertThat(names(model)).contains("BFF").doesNotContain("SMS");
        assertThat(flows(model)).contains("BFF → Orders service");
    }

    @Test
    void should_take_the_head_of_an_apposition_as_the_part_that_acts() {
        // given
        String text = "The router, a small AWS Lambda function, consumes the event, looks up the tenant in the "
                + "Tenants table and forwards it to the Quotes service.";

        // when
        ContextModel model = extract(text);

        // then
        assertThat(flows(model)).contains("Tenants table → Router", "Router → Quotes service")
                .noneMatch(f -> f.startsWith("AWS Lambda →"));
    }

    @Test
    void should_merge_a_product_named_again_in_brackets_after_its_role_noun() {
        // given
        String text = "The intake service records each claim in its Postgres database (Amazon RDS).";

        // when
        ContextModel model = extract(text);

        // then
        assertThat(model.components()).filteredOn(c -> c.name().equals("PostgreSQL") || c.name().equals("Amazon RDS"))
                .hasSize(1);
    }

    @Test
    void should_read_an_outside_party_introduced_by_what_it_is() {
        // given
        String text = "We move money through Eastfield (partner bank). Eastfield sends a settlement report to the "
                + "Recon service every night.";

        // when
        ContextModel model = extract(text);

        // then
        assertThat(names(model)).contains("Eastfield");
        assertThat(flows(model)).contains("Eastfield → Recon service");
    }

    @Test
    void should_name_a_product_by_the_short_label_of_its_definition_line() {
        // given
        String text = "- **Keybox** — AWS CloudHSM cluster holding the signing keys.\n"
                + "- **Exporter job** — writes nightly exports to Amazon S3.\n\n"
                + "The Exporter job asks the Keybox to sign each export.";

        // when
        ContextModel model = extract(text);

        // then
        assertThat(flows(model)).anyMatch(f -> f.equals("Exporter job → AWS CloudHSM"));
    }

    @Test
    void should_not_take_a_part_used_by_a_definition_line_as_another_name_of_it() {
        // given
        String text = "- **Payout connector** — calls Eastfield's REST API to move funds.";

        // when
        ContextModel model = extract(text);

        // then
        assertThat(model.components()).filteredOn(c -> c.name().equals("Payout connector"))
                .allMatch(c -> c.aliases().isEmpty());
    }

    @Test
    void should_not_read_the_systems_title_name_as_short_for_one_of_its_parts() {
        // given
        String text = "# Relay: an internal alerting bot\n\nThe Relay dispatcher writes alerts to Amazon SQS.\n\n"
                + "Anyone in the company can mute Relay for an hour.";

        // when
        ContextModel model = extract(text);

        // then
        assertThat(model.components()).filteredOn(c -> c.name().equals("Relay dispatcher"))
                .singleElement().satisfies(c -> assertThat(c.mentions()).hasSize(1));
    }

    @Test
    void should_take_work_from_the_queue_the_sentence_before_handed_it_to() {
        // given
        String handedOn = "The Intake service writes each order to an Amazon SQS queue. A worker pulls the order and "
                + "prints a label.";
        String notHanded = "The Intake service writes each order to Amazon DynamoDB. The Packer worker pulls the order "
                + "and prints a label.";

        // when, then
        assertThat(flows(extract(handedOn))).contains("Amazon SQS → Worker");
        assertThat(flows(extract(notHanded))).noneMatch(f -> f.endsWith("→ Packer worker"));
    }

    private static List<String> names(ContextModel model) {
        return model.components().stream().map(Component::name).toList();
    }
}
