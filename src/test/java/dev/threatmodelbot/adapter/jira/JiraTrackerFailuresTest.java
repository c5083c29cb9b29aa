package dev.threatmodelbot.adapter.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.threatmodelbot.adapter.jira.JiraSessions.REVIEW_LINK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.threatmodelbot.application.port.TrackerException;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retrying what may pass, giving up at once on what will not, and never leaking the token. */
class JiraTrackerFailuresTest {
    static final String CREATE = "/rest/api/3/issue";

    final JiraFake jira = new JiraFake();
    final Session session = JiraSessions.session();
    final DraftedThreat threat = JiraSessions.approved();

    @AfterEach
    void stop() {
        jira.close();
    }

    void createAnswers(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        jira.answering(3);
        jira.server.stubFor(post(urlPathEqualTo(CREATE)).inScenario("create").whenScenarioStateIs(STARTED)
                .willReturn(first).willSetStateTo("up"));
        jira.server.stubFor(post(urlPathEqualTo(CREATE)).inScenario("create").whenScenarioStateIs("up")
                .willReturn(then));
    }

    TrackerException failure() {
        return catchThrowableOfType(TrackerException.class,
                () -> jira.tracker(jira.cloud()).file(session, threat, REVIEW_LINK));
    }

    @Test
    void should_search_a_while_after_a_server_error_on_create_before_creating_again() {
        createAnswers(aResponse().withStatus(500), JiraFake.okCreated());

        assertThat(jira.tracker(jira.cloud()).file(session, threat, REVIEW_LINK).key()).isEqualTo("SEC-42");

        assertThat(jira.posts(CREATE)).hasSize(2);
        // first search, three more after the unknown outcome, then the search before creating again
        assertThat(jira.posts(JiraFake.searchPath(3))).hasSize(5);
        assertThat(jira.waits).hasSize(4);
        assertThat(jira.waits.subList(0, 3)).containsExactlyElementsOf(JiraTracker.VERIFY);
        assertThat(jira.waits.get(3)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(1100));
    }

    @Test
    void should_retry_a_rejection_before_any_work_at_once_without_the_long_search() {
        createAnswers(aResponse().withStatus(503), JiraFake.okCreated());

        assertThat(jira.tracker(jira.cloud()).file(session, threat, REVIEW_LINK).key()).isEqualTo("SEC-42");

        assertThat(jira.posts(CREATE)).hasSize(2);
        assertThat(jira.posts(JiraFake.searchPath(3))).hasSize(2);
        assertThat(jira.waits).singleElement().satisfies(w -> assertThat(w).isBetween(Duration.ofMillis(1000),
                Duration.ofMillis(1100)));
    }

    @Test
    void should_wait_as_long_as_retry_after_asks_when_rate_limited() {
        createAnswers(aResponse().withStatus(429).withHeader("Retry-After", "2")
                .withBody("{\"errorMessages\":[\"Rate limit exceeded.\"]}"), JiraFake.okCreated());

        assertThat(jira.tracker(jira.cloud()).file(session, threat, REVIEW_LINK).key()).isEqualTo("SEC-42");

        assertThat(jira.waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void should_read_retry_after_as_a_date_and_cap_it_at_half_a_minute() {
        String later = DateTimeFormatter.RFC_1123_DATE_TIME.format(JiraFake.NOW.plusSeconds(20).atOffset(
                ZoneOffset.UTC));
        createAnswers(aResponse().withStatus(429).withHeader("Retry-After", later), JiraFake.okCreated());
        jira.tracker(jira.cloud()).file(session, threat, REVIEW_LINK);
        jira.server.resetScenarios();
        createAnswers(aResponse().withStatus(429).withHeader("Retry-After", "3600"), JiraFake.okCreated());
        jira.tracker(jira.cloud()).file(session, threat, REVIEW_LINK);

        assertThat(jira.waits).containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(30));
    }

    @Test
    void should_give_up_at_once_with_jiras_reason_when_a_field_is_refused() {
        jira.answering(3);
        jira.created(3, aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(
                "{\"errorMessages\":[],\"errors\":{\"priority\":\"Field 'priority' cannot be set. It is not on the "
                        + "appropriate screen, or unknown.\"}}"));

        TrackerException e = failure();

        assertThat(e.retriable()).isFalse();
        assertThat(e.reason()).startsWith("HTTP 400: priority: Field 'priority' cannot be set");
        assertThat(jira.posts(CREATE)).hasSize(1);
        assertThat(jira.waits).isEmpty();
    }

    @Test
    void should_say_the_credentials_were_refused_when_jira_answers_401_with_a_page() {
        jira.server.stubFor(post(urlPathEqualTo(JiraFake.searchPath(3))).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Unauthorized " + JiraFake.TOKEN
                        + "</body></html>")));

        TrackerException e = failure();

        assertThat(e.retriable()).isFalse();
        assertThat(e.reason()).isEqualTo("Jira did not accept the credentials (HTTP 401)");
        assertThat(e.getMessage()).doesNotContain(JiraFake.TOKEN);
    }

    @Test
    void should_give_up_retriably_after_four_attempts_when_jira_stays_unavailable() {
        jira.answering(3);
        jira.created(3, aResponse().withStatus(503));

        TrackerException e = failure();

        assertThat(e.retriable()).isTrue();
        assertThat(e.reason()).contains("HTTP 503", "4 attempts");
        assertThat(jira.posts(CREATE)).hasSize(4);
        assertThat(jira.waits).hasSize(3);
        assertThat(jira.waits.get(2)).isBetween(Duration.ofSeconds(4), Duration.ofMillis(4400));
    }

    @Test
    void should_retry_a_dropped_connection() {
        createAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), JiraFake.okCreated());

        assertThat(jira.tracker(jira.cloud()).file(session, threat, REVIEW_LINK).key()).isEqualTo("SEC-42");

        assertThat(jira.posts(CREATE)).hasSize(2);
    }

    @Test
    void should_refuse_without_calling_jira_when_there_is_no_project() {
        jira.answering(2);

        Session without = JiraSessions.session(Optional.empty());

        TrackerException e = catchThrowableOfType(TrackerException.class,
                () -> jira.tracker(jira.dataCenter()).file(without, threat, REVIEW_LINK));

        assertThat(e.retriable()).isFalse();
        assertThat(e.reason()).contains("no Jira project");
        assertThat(jira.server.getAllServeEvents()).isEmpty();
    }
}
