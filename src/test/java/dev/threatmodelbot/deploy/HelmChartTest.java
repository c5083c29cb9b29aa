package dev.threatmodelbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The chart in {@code helm/threatmodel-bot}, through Helm itself (helm-java, offline): lint, render, schema, rules. */
class HelmChartTest {
    static final Path CHART = Path.of("helm", "threatmodel-bot");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static List<JsonNode> render(UnaryOperator<TemplateCommand> values) throws Exception {
        String out = values.apply(new Helm(CHART).template().withName("tm").withNamespace("security")).call();
        List<JsonNode> docs = new ArrayList<>();
        try (YAMLParser p = new YAMLFactory().createParser(out)) {
            YAML.readValues(p, JsonNode.class).forEachRemaining(d -> {
                if (d != null && !d.isMissingNode() && d.has("kind")) {
                    docs.add(d);
                }
            });
        }
        return docs;
    }

    private static Optional<JsonNode> kind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> d.path("kind").asText().equals(kind)).findFirst();
    }

    private static JsonNode container(List<JsonNode> docs) {
        return kind(docs, "Deployment").orElseThrow().path("spec").path("template").path("spec").path("containers").path(0);
    }

    private static Optional<JsonNode> env(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (e.path("name").asText().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    @Test
    void lint_strict_passes() {
        LintResult lint = new Helm(CHART).lint().strict().call();
        assertThat(lint.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
        assertThat(lint.isFailed()).isFalse();
    }

    @Test
    void the_defaults_run_two_hardened_replicas_against_an_external_redis() throws Exception {
        List<JsonNode> docs = render(t -> t.set("slack.botToken", "xoxb-1-2-3").set("slack.signingSecret", "s3cr3t"));
        JsonNode deployment = kind(docs, "Deployment").orElseThrow();
        assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(2);
        assertThat(deployment.path("spec").path("strategy").path("type").asText()).isEqualTo("RollingUpdate");
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("terminationGracePeriodSeconds").asInt()).isGreaterThanOrEqualTo(30);
        assertThat(pod.path("topologySpreadConstraints")).isNotEmpty();
        JsonNode c = container(docs);
        assertThat(c.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(c.path("securityContext").path("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(c.path("securityContext").path("capabilities").path("drop").toString()).contains("ALL");
        assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/healthz");
        assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/readyz");
        assertThat(c.path("resources").path("limits").path("memory").asText()).isEqualTo("512Mi");
        assertThat(env(c, "JAVA_OPTS").orElseThrow().path("value").asText()).contains("MaxRAMPercentage");
        assertThat(c.path("volumeMounts").toString()).contains("/tmp").contains("/var/cache/threatmodel-bot");
        assertThat(env(c, "SLACK_BOT_TOKEN").orElseThrow().path("valueFrom").path("secretKeyRef").path("name").asText())
                .isEqualTo("tm-threatmodel-bot");
        assertThat(env(c, "REDIS_URL").orElseThrow().path("valueFrom").path("secretKeyRef").path("key").asText())
                .isEqualTo("redis-url");
        assertThat(env(c, "LOG_FORMAT").orElseThrow().path("value").asText()).isEqualTo("json");
        JsonNode secret = kind(docs, "Secret").orElseThrow();
        assertThat(secret.path("stringData").path("slack-bot-token").asText()).isEqualTo("xoxb-1-2-3");
        assertThat(kind(docs, "PodDisruptionBudget")).isPresent();
        assertThat(kind(docs, "Service")).isPresent();
        assertThat(kind(docs, "Ingress")).isEmpty();
        assertThat(kind(docs, "ServiceMonitor")).as("no CRD in a plain template run").isEmpty();
        assertThat(kind(docs, "PersistentVolumeClaim")).isEmpty();
    }

    @Test
    void full_values_reach_every_setting_from_an_existing_redis_secret_and_an_ingress() throws Exception {
        Path full = Path.of("src", "test", "resources", "helm", "full-values.yaml");
        List<JsonNode> docs = render(t -> t.withValuesFile(full));
        JsonNode c = container(docs);
        assertThat(kind(docs, "Deployment").orElseThrow().path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(c.path("image").asText()).isEqualTo("registry.example.com/security/threatmodel-bot:1.2.3");
        JsonNode redis = env(c, "REDIS_URL").orElseThrow().path("valueFrom").path("secretKeyRef");
        assertThat(redis.path("name").asText()).isEqualTo("threatmodel-redis");
        assertThat(redis.path("key").asText()).isEqualTo("url");
        for (String name : List.of("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "MICROSOFT_APP_PASSWORD", "JIRA_API_TOKEN",
                "LLM_API_KEY")) {
            assertThat(env(c, name)).as(name).hasValueSatisfying(e -> assertThat(e.path("value").isMissingNode()).isTrue());
        }
        for (String name : List.of("MICROSOFT_APP_ID", "MICROSOFT_APP_TENANT_ID", "MICROSOFT_APP_TYPE", "JIRA_URL",
                "JIRA_EMAIL", "JIRA_PROJECT", "JIRA_API_VERSION", "LLM_PROVIDER", "LLM_MODEL", "REMINDER_AFTER",
                "MAX_REMINDERS", "QUESTIONS_PER_DAY", "REMINDER_DAYS", "RETENTION", "REDIS_KEY_PREFIX", "METRICS",
                "PUBLIC_BASE_URL", "QUESTIONS_PER_DAY_NOTE")) {
            assertThat(env(c, name)).as(name).isPresent();
        }
        assertThat(env(c, "PUBLIC_BASE_URL").orElseThrow().path("value").asText()).isEqualTo("https://threatmodel.acme.example");
        assertThat(c.path("volumeMounts").toString()).contains("/app/prompts");
        assertThat(kind(docs, "Deployment").orElseThrow().path("spec").path("template").path("spec").path("volumes")
                .toString()).contains("threatmodel-prompts");
        JsonNode ingress = kind(docs, "Ingress").orElseThrow();
        assertThat(ingress.toString()).contains("/slack/events").contains("/api/messages").contains("/teams/files/")
                .doesNotContain("/metrics");
        String secret = kind(docs, "Secret").orElseThrow().toString();
        assertThat(secret).contains("jira-token-value").doesNotContain("redis-url");
    }

    @Test
    void one_replica_may_keep_the_embedded_redis_on_a_volume() throws Exception {
        List<JsonNode> docs = render(t -> t.set("replicaCount", 1).set("redis.url", ""));
        assertThat(kind(docs, "PersistentVolumeClaim")).isPresent();
        JsonNode deployment = kind(docs, "Deployment").orElseThrow();
        assertThat(deployment.path("spec").path("strategy").path("type").asText()).isEqualTo("Recreate");
        assertThat(env(container(docs), "REDIS_URL")).isEmpty();
        assertThat(kind(docs, "PodDisruptionBudget")).as("no budget for one pod").isEmpty();
    }

    @Test
    void more_replicas_without_an_external_redis_refuse_to_render() {
        assertThatThrownBy(() -> render(t -> t.set("replicaCount", 2).set("redis.url", "")))
                .hasMessageContaining("set redis.url (or redis.existingSecret) to an external Redis");
    }

    @Test
    void the_schema_refuses_bad_values() {
        assertThatThrownBy(() -> render(t -> t.set("replicaCount", 0))).hasMessageContaining("replicaCount");
        assertThatThrownBy(() -> render(t -> t.set("logFormat", "xml"))).hasMessageContaining("logFormat");
        assertThatThrownBy(() -> render(t -> t.set("redis.url", "localhost:6379"))).hasMessageContaining("redis");
        assertThatThrownBy(() -> render(t -> t.set("slak.botToken", "xoxb-1"))).hasMessageContaining("slak");
        assertThatThrownBy(() -> render(t -> t.set("jira.url", "http://jira.internal"))).hasMessageContaining("jira");
    }

    /** The container's environment as the service would see it: secrets from the chart's Secret, or stand-ins. */
    private static java.util.Map<String, String> environment(List<JsonNode> docs) {
        JsonNode secret = kind(docs, "Secret").map(d -> d.path("stringData")).orElse(YAML.createObjectNode());
        java.util.Map<String, String> env = new java.util.HashMap<>();
        for (JsonNode e : container(docs).path("env")) {
            String name = e.path("name").asText();
            if (e.has("value")) {
                env.put(name, e.path("value").asText());
            } else {
                String key = e.path("valueFrom").path("secretKeyRef").path("key").asText();
                String stand = name.equals("REDIS_URL") ? "redis://redis.example:6379"
                        : name.equals("SLACK_BOT_TOKEN") ? "xoxb-stand-in" : "a-secret-stand-in-value";
                env.put(name, secret.path(key).asText(stand));
            }
        }
        env.put("PORT", "0");
        env.remove("PROMPTS_DIR"); // a folder the pod mounts; checked to exist at start
        return env;
    }

    @Test
    void the_rendered_environment_is_one_the_service_accepts() throws Exception {
        List<JsonNode> slackOnly = render(t -> t.set("slack.botToken", "xoxb-1-2-3").set("slack.signingSecret", "s3cr3t")
                .set("ingress.enabled", true).set("ingress.hosts[0].host", "threatmodel.example.com"));
        dev.threatmodelbot.bootstrap.Config slack = dev.threatmodelbot.bootstrap.Config.from(environment(slackOnly));
        assertThat(slack.slack()).isPresent();
        assertThat(slack.teams()).as("Slack alone: Teams stays off").isEmpty();

        List<JsonNode> teamsOnly = render(t -> t.set("teams.appId", "11111111-2222-4333-8444-555555555555")
                .set("teams.appPassword", "pw").set("teams.tenantId", "00000000-0000-4000-8000-0000000000aa")
                .set("ingress.enabled", true).set("ingress.hosts[0].host", "threatmodel.example.com"));
        dev.threatmodelbot.bootstrap.Config teams = dev.threatmodelbot.bootstrap.Config.from(environment(teamsOnly));
        assertThat(teams.teams()).hasValueSatisfying(x -> assertThat(x.publicBaseUrl().toString())
                .isEqualTo("https://threatmodel.example.com"));

        Path full = Path.of("src", "test", "resources", "helm", "full-values.yaml");
        dev.threatmodelbot.bootstrap.Config all = dev.threatmodelbot.bootstrap.Config.from(environment(render(
                t -> t.withValuesFile(full))));
        assertThat(all.slack()).isPresent();
        assertThat(all.teams()).isPresent();
        assertThat(all.jira()).isPresent();
        assertThat(all.llm().enabled()).isTrue();

        List<JsonNode> ownSecret = render(t -> t.set("existingSecret", "team-tokens").set("redis.url", "redis://r:6379"));
        assertThat(kind(ownSecret, "Secret")).isEmpty();
        assertThat(env(container(ownSecret), "REDIS_URL").orElseThrow().path("value").asText()).isEqualTo("redis://r:6379");
        assertThat(env(container(ownSecret), "SLACK_BOT_TOKEN").orElseThrow().path("valueFrom").path("secretKeyRef")
                .path("optional").asBoolean()).isTrue();
        List<JsonNode> noAccount = render(t -> t.set("serviceAccount.create", false));
        assertThat(kind(noAccount, "Deployment").orElseThrow().path("spec").path("template").path("spec")
                .path("serviceAccountName").asText()).isEqualTo("default");
    }
}
