package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.threat.Confidence;
import dev.threatmodelbot.domain.threat.Severity;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stated controls answer the threats they answer, stated gaps make threats certain, and severity follows both. */
class RuleThreatDrafterControlsTest {
    final RuleThreatDrafter drafter = RuleThreatDrafter.packaged();

    List<Threat> draft(String doc) {
        return drafter.draft(RuleThreatDrafterTest.read(doc));
    }

    static List<String> rules(List<Threat> ts) {
        return ts.stream().map(Threat::rule).toList();
    }

    @Test
    void should_let_a_system_wide_tls_statement_answer_every_link() {
        // given
        String flows = "The Shop API calls Twilio to text receipts. Customers send orders to the Shop API. ";

        // when
        List<Threat> silent = draft(flows);
        List<Threat> encrypted = draft(flows + "\n\nEvery connection, internal or external, uses TLS 1.3.");

        // then
        assertThat(rules(silent)).contains("data-in-transit", "fake-endpoint");
        assertThat(rules(encrypted)).doesNotContain("data-in-transit", "fake-endpoint");
    }

    @Test
    void should_not_draft_network_threats_on_a_sign_in_over_a_federation_protocol() {
        // when
        List<Threat> ts = draft("The Field app signs staff in through Okta using OIDC.");

        // then
        assertThat(ts).noneMatch(t -> t.subjects().contains("field-app->okta")
                && (t.rule().equals("data-in-transit") || t.rule().equals("fake-endpoint")));
    }

    @Test
    void should_not_draft_floods_from_outside_on_a_part_reachable_only_through_an_access_proxy() {
        // given
        String doc = "Analysts use the Review console to read reports from the Reports DB. "
                + "Request throttling is not decided yet.\n\n";

        // when
        List<Threat> open = draft(doc);
        List<Threat> proxied = draft(doc + "The Review console is reachable only through a VPN.");

        // then
        assertThat(rules(open)).contains("flooding");
        assertThat(rules(proxied)).doesNotContain("flooding");
    }

    @Test
    void should_not_draft_a_long_lived_token_threat_where_tokens_expire_within_the_hour() {
        // when
        List<Threat> plain = draft("The Quote API accepts bearer tokens from the mobile app.");
        List<Threat> brief = draft("The Quote API accepts bearer tokens that expire after 15 minutes.");

        // then
        assertThat(rules(plain)).contains("token-lifetime");
        assertThat(rules(brief)).doesNotContain("token-lifetime");
    }

    @Test
    void should_draft_account_takeover_where_a_second_factor_is_optional_but_not_where_it_is_enforced() {
        // given
        String flows = "Members sign in through Okta; the Portal API trusts the tokens Okta issues. ";

        // when
        List<Threat> optional = draft(flows + "MFA is optional for members.");
        List<Threat> enforced = draft(flows + "Okta enforces MFA for every member.");

        // then
        // (the stated gap stands for the rule's threat: "MFA is optional" says so outright)
        assertThat(rules(optional)).containsAnyOf("identity-provider-account-takeover", "gap-single-factor");
        assertThat(rules(enforced)).doesNotContain("identity-provider-account-takeover", "gap-single-factor");
    }

    @Test
    void should_let_an_audit_table_in_any_store_answer_repudiation() {
        // given
        String flows = "Clerks sign in through Okta to the Ledger API. The Ledger API writes entries to the Ledger DB. ";

        // when
        List<Threat> silent = draft(flows);
        List<Threat> audited = draft(flows + "Every posting and reversal is recorded in an `audit_trail` table.");

        // then
        assertThat(rules(silent)).contains("no-audit-trail");
        assertThat(rules(audited)).doesNotContain("no-audit-trail");
    }

    @Test
    void should_make_cross_tenant_access_certain_and_high_where_the_store_has_no_row_level_security() {
        // given
        List<Threat> ts = draft("Clerks sign in through Okta to the Ledger API. "
                + "The Ledger API writes entries of all tenants to the Ledger DB. "
                + "The Ledger DB has no row-level security.");

        // then: the stated weakness outranks the generic threat on the store
        Threat crossTenant = ts.stream().filter(t -> t.id().equals("broken-access-control:ledger-api")).findFirst()
                .orElseThrow();
        assertThat(crossTenant.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(crossTenant.severity()).isEqualTo(Severity.HIGH);
        assertThat(crossTenant.evidence()).anyMatch(e -> e.startsWith("ledger-db:AUTHORIZATION:none"));
        Threat generic = ts.stream().filter(t -> t.rule().equals("store-direct-access")).findFirst().orElseThrow();
        assertThat(generic.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(ts.indexOf(crossTenant)).isLessThan(ts.indexOf(generic));
    }

    @Test
    void should_rate_direct_store_access_high_only_where_the_doc_says_the_store_holds_sensitive_data() {
        // when
        List<Threat> ts = draft("The Ledger API writes entries to the Ledger DB. The Ledger DB holds card numbers.");

        // then
        assertThat(ts).filteredOn(t -> t.rule().equals("store-direct-access")).singleElement()
                .satisfies(t -> assertThat(t.severity()).isEqualTo(Severity.HIGH));
    }

    @Test
    void should_make_the_parser_threat_certain_where_scanning_uploads_is_undecided() {
        // when
        List<Threat> undecided = draft("Customers upload scanned receipts to the Intake API. "
                + "Whether to run a virus scan on uploaded files is not decided yet.");
        List<Threat> silent = draft("Customers upload scanned receipts to the Intake API.");

        // then
        assertThat(undecided).filteredOn(t -> t.id().equals("malicious-upload:intake-api")).singleElement()
                .satisfies(t -> assertThat(t.confidence()).isEqualTo(Confidence.HIGH));
        assertThat(silent).filteredOn(t -> t.id().equals("malicious-upload:intake-api")).singleElement()
                .satisfies(t -> assertThat(t.confidence()).isEqualTo(Confidence.MEDIUM));
    }

    @Test
    void should_make_cross_tenant_access_certain_where_tenant_filtering_is_an_open_question() {
        // given
        String doc = "Clerks sign in through Okta to the Ledger API. The Ledger API reads entries from the Ledger DB.\n\n"
                + "Open questions:\n- Tenant separation in the Ledger DB relies on the Ledger API adding a filter.\n";

        // then
        assertThat(draft(doc)).filteredOn(t -> t.id().equals("broken-access-control:ledger-api")).singleElement()
                .satisfies(t -> assertThat(t.confidence()).isEqualTo(Confidence.HIGH));
    }

    @Test
    void should_make_flooding_certain_where_the_doc_lists_throttling_as_not_yet_covered() {
        // given
        String doc = "The Quote API is internet-facing and stores quotes in the Quotes DB.\n\n"
                + "Not yet covered: throttling of the Quote API.";

        // then
        assertThat(draft(doc)).filteredOn(t -> t.rule().equals("flooding")).singleElement()
                .satisfies(t -> assertThat(t.confidence()).isEqualTo(Confidence.HIGH));
    }
}
