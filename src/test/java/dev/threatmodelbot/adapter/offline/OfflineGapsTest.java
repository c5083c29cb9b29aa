package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Source;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Undecided, optional and planned controls, and lists of gaps, read as controls that are missing. */
class OfflineGapsTest {

    static List<String> facts(String doc) {
        ContextModel m = OfflineFactExtractor.packaged().extract(doc, Source.doc("§1", doc), ContextModel.EMPTY);
        return m.facts().stream().map(f -> f.subject() + " " + f.property() + "=" + f.value()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We have not decided yet whether to throttle callers of the Quote API.  | RATE_LIMITING=none
            There is no decision yet on malware scanning of attachments.            | INPUT_VALIDATION=none
            Throttling is planned for the next quarter.                             | RATE_LIMITING=none
            Rate limiting is still under discussion.                                | RATE_LIMITING=none
            """)
    void should_read_an_undecided_or_planned_control_as_missing(String sentence, String expected) {
        assertThat(OfflineSecurityPatternsTest.stated(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Shop owners can turn on MFA; it is optional.
            Second-factor sign-in is optional for members.
            MFA optional per workspace.
            """)
    void should_not_read_an_optional_second_factor_as_enforced(String sentence) {
        assertThat(OfflineSecurityPatternsTest.stated(sentence)).doesNotContain("AUTHENTICATION=mfa");
    }

    @Test
    void should_read_the_items_after_a_gap_intro_line_as_missing_controls() {
        // given: an intro line opens a list of what is still open
        String doc = """
                The Quote API stores quotes in the Quotes DB.

                Still open / undecided:
                - Throttling of anonymous callers of the Quote API.
                - Row-level security in the Quotes DB.
                """;

        // then
        assertThat(facts(doc)).contains("quote-api RATE_LIMITING=none", "quotes-db AUTHORIZATION=none")
                .doesNotContain("quote-api RATE_LIMITING=enabled", "quotes-db AUTHORIZATION=acl");
    }

    @Test
    void should_read_a_line_labelled_as_not_covered_and_a_gap_section_as_missing_controls() {
        // given
        String doc = """
                ## Services

                The Ledger API writes entries to the Ledger DB.
                Not yet in place: request validation on the Ledger API.

                ## Known limitations

                - The Ledger DB: encryption at rest.
                """;

        // then
        assertThat(facts(doc)).contains("ledger-api INPUT_VALIDATION=none", "ledger-db ENCRYPTION_AT_REST=none")
                .doesNotContain("ledger-api INPUT_VALIDATION=validated", "ledger-db ENCRYPTION_AT_REST=encrypted");
    }

    @Test
    void should_keep_a_control_a_gap_list_says_is_already_handled_and_what_describes_the_system() {
        // given
        String doc = """
                The Ledger API writes entries to the Ledger DB.

                ## Risks

                - Eavesdropping on the Ledger API is already handled by TLS at the load balancer.
                - The Ledger DB holds personal data of every customer.
                - If request validation on the Ledger API were skipped, bad entries could be posted.
                """;

        // then
        assertThat(facts(doc)).contains("ledger-db DATA_CLASSIFICATION=pii")
                .doesNotContain("ledger-api TRANSPORT=plain", "ledger-api INPUT_VALIDATION=none");
    }

    @Test
    void should_not_read_controls_outside_a_gap_list_as_missing() {
        // given: the list after an ordinary intro line states controls
        String doc = """
                Open questions:
                - Who owns the Ledger DB?

                Controls in place:
                - Request validation on the Ledger API.
                """;

        // then
        assertThat(facts(doc)).contains("ledger-api INPUT_VALIDATION=validated");
    }
}
