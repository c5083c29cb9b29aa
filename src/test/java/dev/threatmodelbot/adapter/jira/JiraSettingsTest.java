package dev.threatmodelbot.adapter.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.threat.Severity;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Settings, the priority mapping and the threat's own label. */
class JiraSettingsTest {

    @Test
    void should_map_every_severity_by_default_and_let_a_partial_spec_override_some() {
        assertThat(JiraSettings.priorities("")).isEqualTo(JiraSettings.DEFAULT_PRIORITIES);
        assertThat(JiraSettings.priorities(" Critical = Blocker , low=Trivial")).containsOnly(
                entry(Severity.CRITICAL, "Blocker"), entry(Severity.HIGH, "High"), entry(Severity.MEDIUM, "Medium"),
                entry(Severity.LOW, "Trivial"));
        assertThat(JiraSettings.priorities("high=Very High")).containsEntry(Severity.HIGH, "Very High");
        assertThat(JiraSettings.priorities("NONE")).isEmpty();
    }

    @Test
    void should_refuse_a_priority_spec_it_cannot_read() {
        assertThatThrownBy(() -> JiraSettings.priorities("urgent=Highest"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'urgent' is not a severity");
        assertThatThrownBy(() -> JiraSettings.priorities("high"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<severity>=<priority>");
        assertThatThrownBy(() -> JiraSettings.priorities("high=,low=Low"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'high='");
    }

    @Test
    void should_never_print_the_token() {
        JiraSettings s = JiraSettings.of(URI.create("https://acme.atlassian.net/"), 3, Optional.of("a@b.c"),
                "tok-123-secret", Optional.of("SEC"));

        assertThat(s.toString()).doesNotContain("tok-123-secret").contains("token=***", "https://acme.atlassian.net");
    }

    @Test
    void should_keep_a_context_path_and_drop_the_trailing_slash() {
        JiraSettings s = JiraSettings.of(URI.create("https://jira.example.com/jira//"), 2, Optional.empty(), "pat",
                Optional.empty());

        assertThat(s.url()).isEqualTo(URI.create("https://jira.example.com/jira"));
        assertThat(s.issueType()).isEqualTo("Task");
    }

    @Test
    void should_refuse_settings_that_cannot_work() {
        assertThatThrownBy(() -> JiraSettings.of(URI.create("https://acme.atlassian.net"), 3, Optional.empty(),
                "t", Optional.empty())).hasMessageContaining("email");
        assertThatThrownBy(() -> JiraSettings.of(URI.create("https://acme.atlassian.net"), 4, Optional.of("a@b.c"),
                "t", Optional.empty())).hasMessageContaining("2 (Data Center) or 3 (Cloud)");
        assertThatThrownBy(() -> JiraSettings.of(URI.create("ftp://acme"), 2, Optional.empty(), "t",
                Optional.empty())).hasMessageContaining("http(s)");
    }

    @Test
    void should_give_a_threat_the_same_valid_label_in_every_draft() {
        String label = JiraTracker.label(new SessionId("TM-CREB"), "spoofing-unauthenticated-api:payments-api");

        assertThat(label).isEqualTo(JiraTracker.label(new SessionId("TM-CREB"),
                "spoofing-unauthenticated-api:payments-api"));
        assertThat(label).matches("tm-tm-creb-[0-9a-f]{12}").hasSizeLessThanOrEqualTo(255);
        assertThat(JiraTracker.label(new SessionId("TM-CREB"), "plain-flow:a->b")).isNotEqualTo(label);
        assertThat(JiraTracker.label(new SessionId("TM-CREC"), "spoofing-unauthenticated-api:payments-api"))
                .isNotEqualTo(label);
    }
}
