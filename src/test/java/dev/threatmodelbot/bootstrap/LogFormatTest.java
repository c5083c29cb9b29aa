package dev.threatmodelbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.MDC;

/** The service's logging configuration in both formats: what a line holds, and the secrets it never shows. */
class LogFormatTest {
    static final String SLACK = "xoxb-1111111111-2222222222-AbCdEfGhIjKlMnOpQrStUvWx";
    static final String LLM = "sk-proj-PLANTEDllmKEY0123456789abcdefABCDEF";
    static final String JIRA = "ATATT3xFfGF0PLANTEDjiraTOKEN9876543210";

    @AfterEach
    void restore() {
        LogRedaction.useSecrets(List.of());
        MDC.clear();
    }

    /** Logs through a fresh context configured from the service's logback.xml; returns what it wrote. */
    private static String logged(String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter()); // the service's MDC, which its workers fill
        context.putProperty("LOG_FORMAT", format);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
        context.start();
        // the console appender as configured, writing here instead of to the process's stderr
        ((ch.qos.logback.core.OutputStreamAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(format))
                .setOutputStream(out);
        LogRedaction.useSecrets(List.of(SLACK, LLM, JIRA));
        Logger log = context.getLogger("dev.threatmodelbot.adapter.slack.SlackEvents");
        MDC.put("session", "TM-AB12");
        MDC.put("event", "1767225600000-0");
        log.info("reply from U1 in session: \"our token is {} and the key {}\"", SLACK, LLM);
        log.warn("Jira refused: Authorization: Bearer {}", JIRA);
        log.error("the handler failed", new IllegalStateException("call with key " + LLM + " failed"));
        MDC.clear();
        log.info("a line without a session; password=hunter2hunter2");
        context.stop();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void text_lines_name_the_session_and_hide_every_secret() throws Exception {
        String text = logged("text");
        assertThat(text).doesNotContain(SLACK).doesNotContain(LLM).doesNotContain(JIRA).doesNotContain("hunter2hunter2");
        assertThat(text).contains("INFO  SlackEvents [TM-AB12] - reply from U1").contains("[redacted")
                .contains("IllegalStateException").contains("at dev.threatmodelbot.bootstrap.LogFormatTest");
        assertThat(text.lines().filter(l -> l.contains("a line without a session")).findFirst().orElseThrow())
                .doesNotContain("[TM-");
    }

    @Test
    void json_is_one_object_per_line_with_the_session_the_event_and_the_stack_trace_as_fields() throws Exception {
        String json = logged("json");
        assertThat(json).doesNotContain(SLACK).doesNotContain(LLM).doesNotContain(JIRA).doesNotContain("hunter2hunter2");
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : json.split("\n")) {
            lines.add(mapper.readTree(line)); // every line is a whole JSON object
        }
        assertThat(lines).hasSize(4);
        JsonNode first = lines.get(0);
        assertThat(first.path("timestamp").asText()).endsWith("Z");
        assertThat(first.path("level").asText()).isEqualTo("INFO");
        assertThat(first.path("logger_name").asText()).isEqualTo("dev.threatmodelbot.adapter.slack.SlackEvents");
        assertThat(first.path("message").asText()).startsWith("reply from U1").contains("[redacted");
        assertThat(first.path("session").asText()).isEqualTo("TM-AB12");
        assertThat(first.path("event").asText()).isEqualTo("1767225600000-0");
        assertThat(lines.get(2).path("stack_trace").asText()).contains("IllegalStateException")
                .contains("at dev.threatmodelbot.bootstrap.LogFormatTest").doesNotContain(LLM);
        assertThat(lines.get(3).has("session")).isFalse();
    }
}
