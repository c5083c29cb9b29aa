package dev.threatmodelbot.bootstrap;

import dev.threatmodelbot.application.Pacing;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The service's configuration, read from environment variables (names in the README). Reading
 * collects every problem and fails once, listing them all.
 */
public record Config(
        int port,
        Optional<URI> redisUrl,
        String redisKeyPrefix,
        Optional<Slack> slack,
        Optional<Teams> teams,
        Llm llm,
        Pacing pacing,
        Duration retention,
        Optional<Path> promptsDir,
        Duration llmTimeout,
        Optional<Jira> jira,
        Web web,
        boolean metrics,
        Path nativeLibDir,
        Path dataDir,
        List<String> notices) {

    /**
     * Jira: base URL, API version (3 Cloud, 2 Data Center), the account's email (Cloud), the API token
     * or personal access token, the default project, the issue type and severity → priority names.
     */
    public record Jira(URI url, int apiVersion, Optional<String> email, String token, Optional<String> project,
            String issueType, String priorities) {
        @Override
        public String toString() {
            return "Jira[" + url + ", v" + apiVersion + project.map(p -> ", " + p).orElse("") + ", token set]";
        }
    }

    /**
     * The local web workspace: on or off, and the secret that opens it to other machines (without one it
     * answers on this machine only).
     */
    public record Web(boolean on, Optional<String> secret) {
        @Override
        public String toString() {
            return "Web[" + (on ? "on" : "off") + secret.map(s -> ", secret set").orElse(", this machine only") + "]";
        }
    }

    /** Slack credentials and the Web API base URL. */
    public record Slack(String botToken, String signingSecret, String apiUrl) {
        @Override
        public String toString() {
            return "Slack[apiUrl=" + apiUrl + ", credentials set]"; // never print secrets
        }
    }

    /**
     * Microsoft Teams: the bot's registration (single tenant unless {@code MICROSOFT_APP_TYPE=MultiTenant}), where
     * Teams' signing keys are published, where the bot gets its own token, and the service's public address.
     */
    public record Teams(String appId, String password, Optional<String> tenantId, boolean singleTenant,
            URI openIdMetadataUrl, URI tokenUrl, URI publicBaseUrl, boolean authOff) {
        @Override
        public String toString() {
            return authOff ? "Teams[auth off: this machine only, for the Agents Playground]"
                    : "Teams[app " + appId + (singleTenant ? ", single tenant" : ", multi-tenant") + ", " + publicBaseUrl
                            + ", secret set]";
        }
    }

    /** The language model: provider ("none" = offline), model, key and endpoint. */
    public record Llm(String provider, Optional<String> model, Optional<String> apiKey, Optional<String> baseUrl) {
        public boolean enabled() {
            return !provider.equals("none");
        }

        @Override
        public String toString() {
            return "Llm[" + provider + model.map(m -> ", " + m).orElse("") + baseUrl.map(u -> ", " + u).orElse("")
                    + "]"; // never print the key
        }
    }

    static final Set<String> PROVIDERS = Set.of("none", "openai", "azure-openai", "anthropic", "gemini", "ollama");

    public static Config from(Map<String, String> env) {
        Reader r = new Reader(env);
        int port = r.integer("PORT", 3000, 0, 65535);
        Optional<URI> redis = r.optional("REDIS_URL").flatMap(r::redisUri);
        Optional<Slack> slack = slack(r);
        String llm = r.optional("LLM_PROVIDER").orElse("none").toLowerCase(Locale.ROOT);
        if (!PROVIDERS.contains(llm)) {
            r.problem("LLM_PROVIDER must be one of " + String.join(", ", new java.util.TreeSet<>(PROVIDERS))
                    + " (got '" + llm + "')");
        } else {
            llm(r, llm);
        }
        Duration after = r.duration("REMINDER_AFTER", Duration.ofHours(24));
        int maxReminders = r.integer("MAX_REMINDERS", 2, 0, 50);
        int perDay = r.integer("QUESTIONS_PER_DAY", 5, 1, 100);
        int perEngineer = r.integer("MAX_QUESTIONS_PER_ENGINEER", Pacing.DEFAULT_MAX_QUESTIONS_PER_ENGINEER, 1, 200);
        Set<DayOfWeek> days = r.days("REMINDER_DAYS", "MON-FRI");
        Duration retention = r.duration("RETENTION", Duration.ofDays(180));
        Optional<Path> prompts = r.path("PROMPTS_DIR");
        Duration llmTimeout = r.duration("LLM_TIMEOUT", Duration.ofSeconds(60));
        prompts.filter(p -> !Files.isDirectory(p))
                .ifPresent(p -> r.problem("PROMPTS_DIR " + p + " is not a directory"));
        Optional<Jira> jira = jira(r);
        Optional<Teams> teams = TeamsConfig.read(r, port);
        // read by the logging configuration itself (logback.xml); checked here so a typo fails the start
        r.optional("LOG_FORMAT").filter(f -> !f.equals("text") && !f.equals("json"))
                .ifPresent(f -> r.problem("LOG_FORMAT must be text or json (got '" + f + "')"));
        r.optional("LOG_LEVEL").filter(l -> !Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR").contains(l))
                .ifPresent(l -> r.problem("LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, ERROR (got '" + l + "')"));
        Web web = web(r, slack.isPresent() || teams.isPresent());
        List<String> notices = notices(r);
        boolean metrics = metrics(r);
        Path nativeDir = r.path("NATIVE_LIB_DIR").orElse(Path.of(System.getProperty("java.io.tmpdir"),
                "threatmodel-bot-native"));
        r.failIfAny();
        Llm model = new Llm(PROVIDERS.contains(llm) ? llm : "none", r.optional("LLM_MODEL"), r.optional("LLM_API_KEY"),
                r.optional("LLM_BASE_URL"));
        return new Config(port, redis, r.optional("REDIS_KEY_PREFIX").orElse("tm:"), slack, teams, model,
                new Pacing(after, maxReminders, perDay, days, perEngineer), retention, prompts, llmTimeout, jira, web,
                metrics, nativeDir, Path.of("data"), notices);
    }

    public Config withDataDir(Path dir) {
        return new Config(port, redisUrl, redisKeyPrefix, slack, teams, llm, pacing, retention, promptsDir, llmTimeout,
                jira, web, metrics, nativeLibDir, dir, notices);
    }

    /** {@code METRICS}: the Prometheus endpoint {@code /metrics}, on unless turned off. */
    private static boolean metrics(Reader r) {
        String v = r.optional("METRICS").orElse("on").toLowerCase(Locale.ROOT);
        if (!v.equals("on") && !v.equals("off")) {
            r.problem("METRICS must be on or off (got '" + v + "')");
        }
        return !v.equals("off");
    }

    private static Optional<Slack> slack(Reader r) {
        Optional<String> token = r.optional("SLACK_BOT_TOKEN");
        Optional<String> secret = r.optional("SLACK_SIGNING_SECRET");
        if (token.isPresent() != secret.isPresent()) {
            r.problem("SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET must be set together (one of them is missing)");
            return Optional.empty();
        }
        if (token.isPresent() && !token.get().startsWith("xoxb-")) {
            r.problem("SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
        }
        String api = r.optional("SLACK_API_URL").orElse("https://slack.com/api/");
        if (!api.startsWith("http://") && !api.startsWith("https://")) {
            r.problem("SLACK_API_URL must be an http(s) URL (got '" + api + "')");
        }
        return token.map(t -> new Slack(t, secret.get(), api));
    }

    private static void llm(Reader r, String provider) {
        boolean keyless = provider.equals("none") || provider.equals("ollama");
        if (!keyless && r.optional("LLM_API_KEY").isEmpty()) {
            r.problem("LLM_PROVIDER=" + provider + " needs LLM_API_KEY");
        }
        if (provider.equals("azure-openai") && r.optional("LLM_BASE_URL").isEmpty()) {
            r.problem("LLM_PROVIDER=azure-openai needs LLM_BASE_URL (the resource endpoint)");
        }
        r.optional("LLM_BASE_URL").filter(u -> !u.startsWith("http://") && !u.startsWith("https://"))
                .ifPresent(u -> r.problem("LLM_BASE_URL must be an http(s) URL"));
    }

    private static Web web(Reader r, boolean otherSurface) {
        String on = r.optional("WEB_WORKSPACE").orElse(otherSurface ? "off" : "on").toLowerCase(Locale.ROOT);
        if (!on.equals("on") && !on.equals("off")) {
            r.problem("WEB_WORKSPACE must be on or off (got '" + on + "')");
        }
        Optional<String> secret = r.optional("WEB_WORKSPACE_SECRET");
        secret.filter(s -> s.length() < 16)
                .ifPresent(s -> r.problem("WEB_WORKSPACE_SECRET must be at least 16 characters long"));
        if (on.equals("on") && otherSurface && secret.isEmpty()) {
            r.problem("WEB_WORKSPACE=on beside Slack needs WEB_WORKSPACE_SECRET: the service then listens on every "
                    + "interface for Slack, and the workspace must not be open to whoever reaches it");
        }
        return new Web(on.equals("on"), secret);
    }

    private static Optional<Jira> jira(Reader r) {
        Optional<String> url = r.optional("JIRA_URL");
        if (url.isEmpty()) {
            for (String dependent : List.of("JIRA_EMAIL", "JIRA_API_TOKEN", "JIRA_PROJECT")) {
                r.optional(dependent).ifPresent(v -> r.problem(dependent + " is set but JIRA_URL is not"));
            }
        }
        url.filter(u -> !u.startsWith("https://") && !u.startsWith("http://"))
                .ifPresent(u -> r.problem("JIRA_URL must be an https URL"));
        url.filter(u -> u.startsWith("http://") && !u.matches("http://(localhost|127\\.0\\.0\\.1|\\[::1])(:\\d+)?(/.*)?"))
                .ifPresent(u -> r.problem("JIRA_URL must be https: over plain http the Jira token would travel in "
                        + "clear (http is accepted only for localhost)"));
        r.optional("JIRA_PROJECT").filter(k -> !k.matches("[A-Z][A-Z0-9_]{0,9}"))
                .ifPresent(k -> r.problem("JIRA_PROJECT must be a project key such as SEC (got '" + k + "')"));
        String version = r.optional("JIRA_API_VERSION").orElse("3");
        if (!version.equals("2") && !version.equals("3")) {
            r.problem("JIRA_API_VERSION must be 2 (Data Center) or 3 (Cloud), got '" + version + "'");
        }
        String priorities = r.optional("JIRA_PRIORITIES").orElse("");
        try {
            dev.threatmodelbot.adapter.jira.JiraSettings.priorities(priorities);
        } catch (IllegalArgumentException e) {
            r.problem("JIRA_PRIORITIES: " + e.getMessage());
        }
        if (url.isEmpty()) {
            return Optional.empty();
        }
        if (r.optional("JIRA_API_TOKEN").isEmpty()) {
            r.problem("JIRA_URL is set but JIRA_API_TOKEN is missing");
        }
        if (version.equals("3") && r.optional("JIRA_EMAIL").isEmpty()) {
            r.problem("JIRA_EMAIL is required with Jira Cloud (JIRA_API_VERSION=3)");
        }
        URI base;
        try {
            base = URI.create(url.get().replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            r.problem("JIRA_URL is not a valid URL");
            return Optional.empty();
        }
        return Optional.of(new Jira(base, version.equals("2") ? 2 : 3, r.optional("JIRA_EMAIL"),
                r.optional("JIRA_API_TOKEN").orElse(""), r.optional("JIRA_PROJECT"),
                r.optional("JIRA_ISSUE_TYPE").orElse("Task"), priorities));
    }

    private static List<String> notices(Reader r) {
        List<String> notices = new ArrayList<>();
        if (r.optional("JIRA_URL").isPresent() && r.optional("JIRA_PROJECT").isEmpty()) {
            notices.add("JIRA_URL is set without JIRA_PROJECT: only sessions started with a Jira project key file "
                    + "tickets");
        }
        return notices;
    }

    /** Reads variables and remembers every problem. */
    static final class Reader {
        private final Map<String, String> env;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, String> env) {
            this.env = env;
        }

        Optional<String> optional(String name) {
            return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
        }

        void problem(String text) {
            problems.add(text);
        }

        int integer(String name, int fallback, int min, int max) {
            Optional<String> raw = optional(name);
            if (raw.isEmpty()) {
                return fallback;
            }
            try {
                int value = Integer.parseInt(raw.get());
                if (value < min || value > max) {
                    problem(name + " must be between " + min + " and " + max + " (got " + value + ")");
                }
                return value;
            } catch (NumberFormatException e) {
                problem(name + " must be a whole number (got '" + raw.get() + "')");
                return fallback;
            }
        }

        Duration duration(String name, Duration fallback) {
            Optional<String> raw = optional(name);
            if (raw.isEmpty()) {
                return fallback;
            }
            try {
                Duration d = Duration.parse(raw.get().toUpperCase(Locale.ROOT));
                if (d.isNegative() || d.isZero()) {
                    problem(name + " must be a positive ISO-8601 duration (got '" + raw.get() + "')");
                }
                return d;
            } catch (DateTimeParseException e) {
                problem(name + " must be an ISO-8601 duration such as PT24H or P180D (got '" + raw.get() + "')");
                return fallback;
            }
        }

        Optional<URI> redisUri(String raw) {
            try {
                URI uri = URI.create(raw);
                if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme()) || uri.getHost() == null) {
                    problem("REDIS_URL must look like redis://host:6379 or rediss://host:6380 (got a different form)");
                    return Optional.empty();
                }
                return Optional.of(uri);
            } catch (IllegalArgumentException e) {
                problem("REDIS_URL is not a valid URL");
                return Optional.empty();
            }
        }

        Optional<Path> path(String name) {
            try {
                return optional(name).map(Path::of);
            } catch (java.nio.file.InvalidPathException e) {
                problem(name + " is not a valid path");
                return Optional.empty();
            }
        }

        Set<DayOfWeek> days(String name, String fallback) {
            String raw = optional(name).orElse(fallback).toUpperCase(Locale.ROOT);
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String part : raw.split(",")) {
                String[] range = part.strip().split("-");
                Optional<DayOfWeek> from = day(range[0]);
                Optional<DayOfWeek> to = range.length == 2 ? day(range[1]) : from;
                if (range.length > 2 || from.isEmpty() || to.isEmpty()) {
                    problem(name + " must list days like MON-FRI or MON,WED,FRI (got '" + raw + "')");
                    return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
                }
                DayOfWeek d = from.get();
                days.add(d);
                while (d != to.get()) {
                    d = d.plus(1);
                    days.add(d);
                }
            }
            return days;
        }

        private static Optional<DayOfWeek> day(String abbreviation) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().startsWith(abbreviation.strip()) && abbreviation.strip().length() >= 3) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }

        void failIfAny() {
            if (!problems.isEmpty()) {
                throw new ConfigException(problems);
            }
        }
    }
}
