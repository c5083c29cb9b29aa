package dev.threatmodelbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void should_use_the_documented_defaults_when_nothing_is_set() {
        Config c = Config.from(Map.of());

        assertThat(c.port()).isEqualTo(3000);
        assertThat(c.redisUrl()).isEmpty();
        assertThat(c.slack()).isEmpty();
        assertThat(c.llm().provider()).isEqualTo("none");
        assertThat(c.llm().enabled()).isFalse();
        assertThat(c.pacing().reminderAfter()).isEqualTo(Duration.ofHours(24));
        assertThat(c.pacing().maxReminders()).isEqualTo(2);
        assertThat(c.pacing().questionsPerDay()).isEqualTo(5);
        assertThat(c.pacing().days()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(c.retention()).isEqualTo(Duration.ofDays(180));
        assertThat(c.pacing().maxQuestionsPerEngineer()).isEqualTo(15);
    }

    @Test
    void should_read_the_question_cap_per_engineer_and_refuse_one_out_of_range() {
        assertThat(Config.from(Map.of("MAX_QUESTIONS_PER_ENGINEER", "8")).pacing().maxQuestionsPerEngineer())
                .isEqualTo(8);

        assertThat(catchThrowableOfType(ConfigException.class, () -> Config.from(Map.of(
                "MAX_QUESTIONS_PER_ENGINEER", "0"))).problems())
                .containsExactly("MAX_QUESTIONS_PER_ENGINEER must be between 1 and 200 (got 0)");
        assertThat(catchThrowableOfType(ConfigException.class, () -> Config.from(Map.of(
                "MAX_QUESTIONS_PER_ENGINEER", "lots"))).problems())
                .containsExactly("MAX_QUESTIONS_PER_ENGINEER must be a whole number (got 'lots')");
    }

    @Test
    void should_list_every_invalid_value_at_once() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> Config.from(Map.of(
                "PORT", "http", "REDIS_URL", "localhost:6379", "SLACK_BOT_TOKEN", "xoxb-1",
                "REMINDER_AFTER", "tomorrow", "REMINDER_DAYS", "WEEKDAYS", "LLM_PROVIDER", "skynet",
                "JIRA_URL", "https://acme.atlassian.net")));

        assertThat(e.problems()).hasSize(8);
        assertThat(catchThrowableOfType(ConfigException.class, () -> Config.from(Map.of("LLM_PROVIDER", "openai",
                "JIRA_EMAIL", "a@b.c", "MICROSOFT_APP_PASSWORD", "p"))).problems())
                .anyMatch(p -> p.contains("LLM_API_KEY")).anyMatch(p -> p.contains("JIRA_URL is not"))
                .anyMatch(p -> p.contains("Teams needs MICROSOFT_APP_ID"));
        assertThat(catchThrowableOfType(ConfigException.class, () -> Config.from(Map.of("TEAMS_AUTH", "off",
                "MICROSOFT_APP_ID", "11111111-2222-4333-8444-555555555555"))).problems())
                .anyMatch(p -> p.contains("TEAMS_AUTH=off") && p.contains("unset MICROSOFT_APP_ID"));
        assertThat(catchThrowableOfType(ConfigException.class, () -> Config.from(Map.of("MICROSOFT_APP_ID",
                "11111111-2222-4333-8444-555555555555", "MICROSOFT_APP_PASSWORD", "p", "MICROSOFT_APP_TENANT_ID",
                "00000000-0000-4000-8000-0000000000aa", "PUBLIC_BASE_URL", "http://bot.example.com"))).problems())
                .anyMatch(p -> p.contains("PUBLIC_BASE_URL must be an https URL"));
        Map<String, String> teams = Map.of("MICROSOFT_APP_ID", "11111111-2222-4333-8444-555555555555",
                "MICROSOFT_APP_PASSWORD", "p", "PUBLIC_BASE_URL", "https://bot.example.com");
        assertThat(catchThrowableOfType(ConfigException.class, () -> Config.from(teams)).problems())
                .as("single tenant (the default) needs its tenant").anyMatch(p -> p.contains("MICROSOFT_APP_TENANT_ID"));
        Map<String, String> multi = new java.util.HashMap<>(teams);
        multi.put("MICROSOFT_APP_TYPE", "MultiTenant");
        assertThat(Config.from(multi).teams()).hasValueSatisfying(t -> {
            assertThat(t.singleTenant()).isFalse();
            assertThat(t.tokenUrl().toString()).contains("/botframework.com/");
            assertThat(t.toString()).doesNotContain("p]");
        });
        multi.put("MICROSOFT_APP_TYPE", "Sometimes");
        assertThat(catchThrowableOfType(ConfigException.class, () -> Config.from(multi)).problems())
                .anyMatch(p -> p.contains("MICROSOFT_APP_TYPE must be SingleTenant or MultiTenant"));
        assertThat(catchThrowableOfType(ConfigException.class, () -> Config.from(Map.of("TEAMS_AUTH", "off",
                "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s"))).problems())
                .anyMatch(p -> p.contains("TEAMS_AUTH=off cannot run beside Slack"));
        assertThat(e.getMessage()).contains("PORT", "REDIS_URL", "SLACK_SIGNING_SECRET", "REMINDER_AFTER",
                "REMINDER_DAYS", "LLM_PROVIDER", "JIRA_API_TOKEN", "JIRA_EMAIL");
        assertThat(e.getMessage()).doesNotContain("xoxb-1");
    }

    @Test
    void should_read_jira_settings_and_refuse_a_token_over_plain_http() {
        Config c = Config.from(Map.of("JIRA_URL", "https://acme.atlassian.net/", "JIRA_EMAIL", "bot@acme.example",
                "JIRA_API_TOKEN", "secret-token-1", "JIRA_PROJECT", "SEC", "JIRA_PRIORITIES", "critical=P1"));
        Config.Jira j = c.jira().orElseThrow();
        assertThat(j.url().toString()).isEqualTo("https://acme.atlassian.net");
        assertThat(j.apiVersion()).isEqualTo(3);
        assertThat(j.issueType()).isEqualTo("Task");
        assertThat(j.toString()).doesNotContain("secret-token-1");
        assertThat(Config.from(Map.of()).jira()).isEmpty();

        assertThat(catchThrowableOfType(ConfigException.class, () -> Config.from(Map.of("JIRA_URL",
                "http://jira.acme.example", "JIRA_API_TOKEN", "t", "JIRA_API_VERSION", "2"))).problems())
                .anyMatch(p -> p.contains("must be https"));
        assertThat(catchThrowableOfType(ConfigException.class, () -> Config.from(Map.of("JIRA_URL",
                "https://jira.acme.example", "JIRA_API_TOKEN", "t", "JIRA_PRIORITIES", "urgent=P0"))).problems())
                .anyMatch(p -> p.contains("JIRA_PRIORITIES"));
        assertThat(Config.from(Map.of("JIRA_URL", "http://127.0.0.1:8080", "JIRA_API_TOKEN", "t",
                "JIRA_API_VERSION", "2")).jira()).isPresent();
    }

    @Test
    void should_read_day_lists_and_ranges() {
        assertThat(Config.from(Map.of("REMINDER_DAYS", "MON-SUN")).pacing().days()).hasSize(7);
        assertThat(Config.from(Map.of("REMINDER_DAYS", "mon,wed,fri")).pacing().days())
                .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(Config.from(Map.of("REMINDER_DAYS", "FRI-MON")).pacing().days())
                .containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
    }

    @Test
    void should_enable_slack_with_token_and_secret_and_keep_secrets_out_of_strings() {
        Config c = Config.from(Map.of("SLACK_BOT_TOKEN", "xoxb-secret", "SLACK_SIGNING_SECRET", "shh",
                "SLACK_API_URL", "http://127.0.0.1:9/api"));

        assertThat(c.slack()).isPresent();
        assertThat(c.slack().get().apiUrl()).isEqualTo("http://127.0.0.1:9/api");
        assertThat(c.toString()).doesNotContain("xoxb-secret").doesNotContain("shh");
    }

    @Test
    void should_serve_the_workspace_only_where_nothing_else_is_on_unless_a_secret_guards_it() {
        Map<String, String> slack = Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s");

        assertThat(Config.from(Map.of()).web().on()).isTrue();
        assertThat(Config.from(slack).web().on()).isFalse();
        java.util.Map<String, String> both = new java.util.HashMap<>(slack);
        both.put("WEB_WORKSPACE", "on");
        assertThat(catchThrowableOfType(ConfigException.class, () -> Config.from(both)).problems())
                .anyMatch(p -> p.contains("WEB_WORKSPACE_SECRET"));
        both.put("WEB_WORKSPACE_SECRET", "correct horse battery staple");
        assertThat(Config.from(both).web().secret()).isPresent();
        assertThat(Config.from(both).web().toString()).doesNotContain("staple");
        assertThat(catchThrowableOfType(ConfigException.class, () -> Config.from(Map.of("WEB_WORKSPACE", "maybe")))
                .problems()).anyMatch(p -> p.contains("on or off"));
    }
}
