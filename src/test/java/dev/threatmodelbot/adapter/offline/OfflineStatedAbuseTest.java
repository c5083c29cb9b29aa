package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Abuse a design states plainly: amounts taken as the client sends them, routes that check no credential, an
 * unverified sender's calls, on the part that does it; and a list of parts read whole, whatever the names.
 */
class OfflineStatedAbuseTest {

    static ContextModel model(String doc) {
        return OfflineFactExtractor.packaged().extract(doc, Source.doc("§1", doc), ContextModel.EMPTY);
    }

    static List<String> facts(String doc) {
        return model(doc).facts().stream().map(f -> f.subject() + " " + f.property() + "=" + f.value()).toList();
    }

    /** What the engine reads a sentence to state, whichever part it lands on. */
    static List<String> stated(String sentence) {
        return model(sentence).facts().stream().map(f -> f.property() + "=" + f.value()).distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Checkout service charges the basket total it is sent by the mobile app.
            The Billing API applies the discount the client sends without looking it up.
            Ticket prices come from the browser and the Booking service books them as they are.
            """)
    void should_read_amounts_taken_as_the_client_sends_them(String sentence) {
        assertThat(stated(sentence)).contains("INPUT_VALIDATION=client-amounts");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Checkout service looks up every price in the catalogue and recomputes the total.
            The client sends the item ids and quantities only.
            Discounts are computed on the server from the customer's tier.
            """)
    void should_not_read_server_side_amounts_as_taken_from_the_client(String sentence) {
        assertThat(stated(sentence)).doesNotContain("INPUT_VALIDATION=client-amounts");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The export endpoints do not check a session cookie.
            Internal routes never verify the JWT.
            The reporting API doesn't require an API key yet.
            """)
    void should_read_routes_that_check_no_credential_as_unauthenticated(String sentence) {
        assertThat(stated(sentence)).contains("AUTHENTICATION=none");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Members log in with e-mail + password on the Club Portal.
            Partners sign in with their email and password to the Partner Hub.
            The Grower App uses username/password sign-in.
            """)
    void should_read_a_login_with_an_address_and_a_password_as_password_authentication(String sentence) {
        assertThat(stated(sentence)).contains("AUTHENTICATION=password").doesNotContain("AUTHENTICATION=none");
    }

    @Test
    void should_not_read_a_credential_left_unchecked_because_another_one_is_as_missing_authentication() {
        assertThat(stated("The kiosk does not require a password because it uses the "
                + "badge reader.")).doesNotContain("AUTHENTICATION=none");
    }

    @Test
    void should_put_an_unauthenticated_route_and_client_set_amounts_on_the_api_that_serves_them() {
        // given: the routes are named by path only, the API by name; people are named in the same sentence
        String doc = """
                ## Flow
                The booking page sends the seat prices to `POST /bookings` on the Seats API.
                The Seats API books the prices it receives.

                ## Known issues
                The staff routes (`/v1/staff/*`) do not verify a token; visitors never see links to them.
                """;

        // when
        List<String> facts = facts(doc);

        // then
        assertThat(facts).contains("seats-api AUTHENTICATION=none", "seats-api INPUT_VALIDATION=client-amounts")
                .noneMatch(f -> f.startsWith("visitor"));
    }

    @Test
    void should_draft_a_forged_callback_on_the_part_an_unverified_sender_calls() {
        // given: "we" do not verify; the sender is named, the receiver only by the flow
        String doc = """
                The Billing service receives payment events from Adyen at `/adyen/notify`.
                We do not verify the Adyen HMAC signature on those notifications.
                """;

        // when
        List<Threat> threats = RuleThreatDrafter.packaged().draft(model(doc));

        // then
        assertThat(threats).filteredOn(t -> t.rule().contains("unsigned")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.subjects()).containsExactly("billing-service"));
    }

    @Test
    void should_take_every_bold_item_of_a_list_of_parts_as_a_part() {
        // given: names that say no kind, under a heading that lists the parts
        String doc = """
                # Greenhouse sensors

                ## System components
                - **Bramble** — collects readings from the sensors every minute.
                - **Thicket** - a dashboard for the growers.
                - **Postbox** — a vendor-hosted service that sends SMS alerts.

                ## Notes
                - **Latency**: readings arrive within a minute.
                """;

        // when
        List<Component> parts = model(doc).components();

        // then
        assertThat(parts).extracting(c -> c.name() + " " + c.kind()).contains("Bramble PROCESS", "Thicket WEB_APP",
                "Postbox EXTERNAL_SERVICE").noneMatch(p -> p.startsWith("Latency"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Every sensor ships with the same factory client certificate.                      | AUTHENTICATION=shared
            Ticket numbers are issued sequentially per branch.                                 | AUTHORIZATION=guessable-id
            The receiver accepts webhooks only from the vendor's published IP ranges.         | AUTHENTICATION=source-ip
            The broker also has a plain listener for the office network.                       | TRANSPORT=plain
            Anonymous clients may read the status topics.                                      | AUTHENTICATION=none
            To check an order, no account is needed: the order number is enough.              | AUTHENTICATION=none
            Corrections from reviewers go straight into the training pool for the next run.    | DATA_PROVENANCE=user-supplied
            """)
    void should_read_weaknesses_stated_in_passing(String sentence, String expected) {
        assertThat(stated(sentence)).contains(expected);
    }

    @Test
    void should_put_a_page_anyone_opens_without_an_account_on_the_page_not_on_the_people() {
        // given
        String doc = "Drivers use the Fines Portal. The Fines Portal has a page that shows the photos of a fine; no "
                + "account is needed, because most drivers are visitors.";

        // then
        assertThat(facts(doc)).contains("fines-portal AUTHENTICATION=none").noneMatch(f -> f.startsWith("driver"));
    }

    @Test
    void should_read_a_request_that_goes_through_a_part_and_it_as_the_bullets_topic_not_its_cluster() {
        // given: the pronoun follows a line that names where the part runs
        String doc = """
                ## How it works
                - **Scheduler service:** a Go service on the shared Kubernetes cluster. It sends every job request through the internal Message Gateway.
                - **Ledger:** stores the totals via the Scheduler service.
                """;

        // when
        ContextModel m = model(doc);

        // then
        assertThat(m.flows()).extracting(f -> m.nameOf(f.source()) + " → " + m.nameOf(f.target()))
                .contains("Scheduler service → Message Gateway").noneMatch(f -> f.startsWith("Kubernetes"))
                .doesNotContain("Ledger → Scheduler service");
    }

    @Test
    void should_not_make_a_product_that_lets_people_do_something_a_person() {
        // given
        String doc = "Sprout lets growers order seedlings online. Growers use the Sprout web app.";

        // when
        List<Component> parts = model(doc).components();

        // then
        assertThat(parts).extracting(Component::name).noneMatch(n -> n.toLowerCase().contains("lets"));
    }
}
