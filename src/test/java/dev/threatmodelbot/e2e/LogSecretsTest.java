package dev.threatmodelbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.FakeJira;
import dev.threatmodelbot.support.FakeSlack;
import dev.threatmodelbot.support.Harness;
import dev.threatmodelbot.support.ServiceProcess;
import dev.threatmodelbot.support.SlackPayloads;
import dev.threatmodelbot.support.SlackUser;
import dev.threatmodelbot.support.TestRedis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service's own log, in both formats, after a session in which credentials sit in the environment and people
 * paste secrets into answers: none of them appears. The language model is unreachable and Jira refuses, so failures
 * are logged too.
 */
class LogSecretsTest {
    static final String LLM_KEY = "sk-proj-PLANTEDllmKEY0123456789abcdefABCDEF";
    static final String JIRA_TOKEN = "ATATT3xFfGF0PLANTEDjiraTOKEN9876543210";
    static final String PASTED = "ghp_PLANTEDgithubTOKEN0123456789abcdefABCD";

    @ParameterizedTest(name = "LOG_FORMAT={0}")
    @ValueSource(strings = {"text", "json"})
    void no_secret_reaches_the_log(String format) throws Exception {
        try (FakeSlack slack = new FakeSlack(); FakeJira jira = new FakeJira();
                redis.clients.jedis.RedisClient redis = TestRedis.client()) {
            String prefix = TestRedis.freshPrefix();
            Map<String, String> env = new HashMap<>(Harness.env(slack, prefix, jira.env()));
            env.put("JIRA_API_TOKEN", JIRA_TOKEN);
            env.put("LLM_PROVIDER", "openai");
            env.put("LLM_API_KEY", LLM_KEY);
            env.put("LLM_BASE_URL", "http://127.0.0.1:9/v1?api-key=" + LLM_KEY); // logged at start: must be masked
            env.put("LLM_TIMEOUT", "PT2S");
            env.put("LOG_FORMAT", format);
            String name = "log-secrets-" + format;
            try (ServiceProcess service = ServiceProcess.start(env, 0, Duration.ZERO, name)) {
                SlackUser user = new SlackUser(service.port());
                user.interaction(SlackPayloads.viewSubmission(InterviewFlowTest.LEAD, "V0LOGS" + System.nanoTime(),
                        "Payments", List.of(InterviewFlowTest.ALICE), InterviewFlowTest.LEAD, "## API\nThe Payments API "
                                + "uses the key " + PASTED + " to call GitHub.\n"));
                var store = new dev.threatmodelbot.adapter.redis.RedisSessionStore(redis,
                        new dev.threatmodelbot.adapter.redis.RedisKeys(prefix), Duration.ofDays(1), java.time.Clock.systemUTC());
                var channel = dev.threatmodelbot.domain.ConversationAddress.channel(dev.threatmodelbot.domain.Platform.SLACK,
                        FakeSlack.TEAM, SlackUser.CHANNEL);
                Eventually.until("kickoff posted", Duration.ofSeconds(60), () -> store.inChannel(channel).size() == 1
                        && store.inChannel(channel).get(0).kickoffId().isPresent());
                String thread = store.inChannel(channel).get(0).kickoffId().orElseThrow();
                user.reply(InterviewFlowTest.ALICE, thread, "Our bot token is " + FakeSlack.TOKEN
                        + "-0123456789 and the db password=hunter2hunter2, LLM key " + LLM_KEY + ", Jira " + JIRA_TOKEN);
                user.send("{\"token\":\"" + LLM_KEY + "\"}", "application/json", "wrong-secret", SlackUser.now());
                Eventually.until("the reply is read", Duration.ofSeconds(60), () -> slack.threadPosts(thread).size() >= 2);
                Thread.sleep(3000); // the unreachable model's failures are logged after retries
            }
            String log = Files.readString(Path.of("target", "service-" + name + ".log"), StandardCharsets.UTF_8);
            assertThat(log).as("the service logged").contains("listening");
            for (String secret : List.of(FakeSlack.TOKEN, SlackUser.SECRET, LLM_KEY, JIRA_TOKEN, PASTED, "hunter2hunter2")) {
                assertThat(log).as("no %s in the %s log", secret.substring(0, 6), format).doesNotContain(secret);
            }
            assertThat(log).as("the key in the model's address was logged, masked").contains("[redacted]");
            if (format.equals("json")) {
                com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
                List<String> lines = log.lines().filter(l -> !l.isBlank()).toList();
                assertThat(lines).hasSizeGreaterThan(3);
                for (String line : lines) {
                    assertThat(json.readTree(line).path("timestamp").asText()).as(line).isNotEmpty();
                }
            }
        }
    }
}
