package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.Confidence;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Weakness statements in any wording read as gaps of a fixed set of controls, each drafted as a stated threat. */
class OfflineStatedGapsTest {

    private static List<String> gaps(String sentence) {
        return Weaknesses.find(sentence).stream().map(h -> h.property() + "=" + h.value()).toList();
    }

    private static List<Threat> drafted(String doc) {
        ContextModel m = OfflineFactExtractor.packaged().extract(doc, Source.doc("§1", doc), ContextModel.EMPTY);
        return RuleThreatDrafter.packaged().draft(m);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Delivery receipts from the courier are not replay-protected.           | TAMPER_PROTECTION=replayable
            Refunds above the limit go out without a second approver.              | AUTHORIZATION=no-approval
            The signing secret for partner calls is static.                         | SECRETS=static
            The password for the loyalty database has never been rotated.           | SECRETS=static
            Meter readings travel in cleartext over the field radio.                | TRANSPORT=plain
            Attachments from suppliers are not scanned.                             | INPUT_VALIDATION=none
            Egress from the build runners is unrestricted.                          | EXPOSURE=open-egress
            The deploy key sits in an environment variable on every runner.         | SECRETS=env
            Contractor badges keep working after offboarding for a week.            | AUTHENTICATION=no-revocation
            The event log is writable by the booking service.                       | LOGGING=mutable
            The limit check fails open when the cache is down.                      | AUTHORIZATION=fails-open
            All kiosks share a single service account to call the booking service. | AUTHENTICATION=shared
            Second factor for tenants is not enabled.                               | AUTHENTICATION=single-factor
            Shipment webhooks are unsigned.                                         | TAMPER_PROTECTION=unsigned
            There is no throttling on the quote endpoint.                           | RATE_LIMITING=none
            Scanned passports are kept indefinitely in the archive.                 | DATA_CLASSIFICATION=retained
            """)
    void should_read_a_weakness_statement_as_the_gap_of_its_control(String sentence, String gap) {
        assertThat(gaps(sentence)).contains(gap);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "A nonce and a timestamp in every receipt prevent replay.",
        "Egress is blocked except to the payment provider.",
        "The signing secret is rotated every 30 days.",
        "Attachments are scanned for malware before anyone opens them.",
        "Every refund needs a second approver.",
        "The event log is append-only.",
    })
    void should_not_read_a_control_in_place_as_a_gap(String sentence) {
        assertThat(gaps(sentence)).isEmpty();
    }

    @Test
    void should_draft_a_stated_gap_as_a_certain_threat_on_its_part_quoting_the_doc() {
        // given: a gap stated in words no rule was written for
        String doc = """
                The Courier gateway receives delivery receipts from couriers and writes them to the Orders DB.

                Known gaps:
                - The Courier gateway may call out to any host on the internet; its egress is unrestricted.
                """;

        // when
        List<Threat> threats = drafted(doc);

        // then
        assertThat(threats).filteredOn(t -> t.rule().equals("gap-open-egress")).singleElement().satisfies(t -> {
            assertThat(t.subjects()).containsExactly("courier-gateway");
            assertThat(t.title()).contains("Courier gateway").contains("its egress is unrestricted");
            assertThat(t.confidence()).isEqualTo(Confidence.HIGH);
            assertThat(t.attack()).isEqualTo("data-disclosure");
            assertThat(t.evidence()).singleElement().asString().contains("EXPOSURE:open-egress");
        });
    }

    @Test
    void should_not_repeat_a_gap_a_rule_already_drafts_on_the_same_part() {
        // given: replay stated possible, which the replay rule already drafts from
        String doc = """
                The Courier gateway receives delivery receipts from couriers and writes them to the Orders DB.

                Known gaps:
                - The Courier gateway does not check receipts for replay.
                """;

        // when
        List<Threat> threats = drafted(doc);

        // then
        assertThat(threats).filteredOn(t -> t.evidence().stream().anyMatch(e -> e.contains("replayable"))
                && t.subjects().equals(List.of("courier-gateway"))).singleElement()
                .satisfies(t -> assertThat(t.rule()).doesNotStartWith("gap-"));
    }
}
