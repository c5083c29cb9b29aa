package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Threats about signed-in users and typed input fit parts people call; rules written for one kind of system stay there. */
class RuleThreatDrafterCallersTest {
    final RuleThreatDrafter drafter = RuleThreatDrafter.packaged();

    List<Threat> draft(String doc) {
        return drafter.draft(RuleThreatDrafterTest.read(doc));
    }

    static List<String> about(List<Threat> ts, String rule) {
        return ts.stream().filter(t -> t.rule().equals(rule)).flatMap(t -> t.subjects().stream()).toList();
    }

    static final String LIBRARY = "Readers sign in through Okta. Readers send loan requests to the Edge Gateway. "
            + "The Edge Gateway forwards requests to the Loans API. "
            + "The Catalogue Feed calls the Stock API every night with new titles. "
            + "The Loans API writes loans to the Loans DB.";

    @Test
    void should_draft_signed_in_user_threats_only_on_the_part_people_reach_through_the_gateway() {
        // when
        List<Threat> ts = draft(LIBRARY);

        // then
        assertThat(about(ts, "broken-access-control")).contains("loans-api")
                .doesNotContain("edge-gateway", "stock-api");
        assertThat(about(ts, "injection")).doesNotContain("edge-gateway", "stock-api");
        assertThat(ts).noneMatch(t -> t.rule().equals(AttackChains.CHAIN) && t.subjects().get(0).equals("edge-gateway"));
    }

    @Test
    void should_cite_the_way_people_reach_the_part_not_the_identity_provider() {
        // when
        Threat t = draft(LIBRARY).stream().filter(x -> x.id().equals("broken-access-control:loans-api"))
                .findFirst().orElseThrow();

        // then
        assertThat(t.evidence()).anyMatch(e -> e.contains("edge-gateway->loans-api"))
                .noneMatch(e -> e.contains("okta"));
    }

    @Test
    void should_let_a_stated_ownership_check_answer_the_signed_in_user_threat() {
        // when
        List<Threat> checked = draft(LIBRARY + "\n\nThe Loans API checks on every request that the reader owns "
                + "the loan in the path.");

        // then
        assertThat(about(checked, "broken-access-control")).doesNotContain("loans-api");
    }

    @Test
    void should_not_draft_shared_store_threats_on_a_keychain_only_the_phone_app_uses() {
        // when
        List<Threat> ts = draft("Riders use the Rider mobile app. The Rider mobile app stores its refresh token in "
                + "the iOS Keychain. The Rider mobile app calls the Trips API.");

        // then
        assertThat(about(ts, "secret-isolation")).doesNotContain("ios-keychain");
        assertThat(about(ts, "store-direct-access")).doesNotContain("ios-keychain");
    }

    @Test
    void should_draft_the_waiting_caller_flood_only_on_a_part_no_one_but_another_api_calls() {
        // given
        String doc = "The Billing API calls the Tax API for every invoice. There is no rate limiting on the Tax API.";

        // when
        List<Threat> internal = draft(doc);
        List<Threat> direct = draft(doc + " Customers send orders to the Tax API.");

        // then
        assertThat(about(internal, "dependent-api-flooding")).contains("tax-api");
        assertThat(about(direct, "dependent-api-flooding")).isEmpty();
    }

    @Test
    void should_not_draft_made_up_answers_for_a_scoring_model() {
        // when
        List<Threat> ts = draft("The Risk service loads the churn model (XGBoost) and returns a score to the "
                + "CRM API.");

        // then
        assertThat(ts).noneMatch(t -> t.rule().equals("misinformation"));
    }
}
