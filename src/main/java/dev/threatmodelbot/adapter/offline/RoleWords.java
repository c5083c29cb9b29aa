package dev.threatmodelbot.adapter.offline;

import static java.util.Map.entry;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The vocabulary of names by role: role nouns and their kinds, and the words that are not names. */
final class RoleWords {
    static final Map<String, ComponentKind> NOUNS = Map.ofEntries(
            entry("service", ComponentKind.PROCESS), entry("microservice", ComponentKind.PROCESS),
            entry("worker", ComponentKind.PROCESS), entry("job", ComponentKind.PROCESS),
            entry("daemon", ComponentKind.PROCESS), entry("server", ComponentKind.PROCESS),
            entry("backend", ComponentKind.PROCESS), entry("application", ComponentKind.PROCESS),
            entry("app", ComponentKind.PROCESS), entry("bot", ComponentKind.PROCESS),
            entry("agent", ComponentKind.PROCESS), entry("scheduler", ComponentKind.PROCESS),
            entry("operator", ComponentKind.PROCESS), entry("controller", ComponentKind.PROCESS),
            entry("processor", ComponentKind.PROCESS), entry("consumer", ComponentKind.PROCESS),
            entry("producer", ComponentKind.PROCESS), entry("handler", ComponentKind.PROCESS),
            entry("engine", ComponentKind.PROCESS), entry("pipeline", ComponentKind.PROCESS),
            entry("crawler", ComponentKind.PROCESS), entry("host", ComponentKind.PROCESS),
            entry("orchestrator", ComponentKind.PROCESS), entry("indexer", ComponentKind.PROCESS),
            entry("connector", ComponentKind.PROCESS), entry("scorer", ComponentKind.PROCESS),
            entry("projector", ComponentKind.PROCESS), entry("dispatcher", ComponentKind.PROCESS),
            entry("renderer", ComponentKind.PROCESS), entry("generator", ComponentKind.PROCESS),
            entry("converter", ComponentKind.PROCESS), entry("transcoder", ComponentKind.PROCESS),
            entry("mailer", ComponentKind.PROCESS), entry("notifier", ComponentKind.PROCESS),
            entry("importer", ComponentKind.PROCESS), entry("exporter", ComponentKind.PROCESS),
            entry("ingester", ComponentKind.PROCESS), entry("ingestor", ComponentKind.PROCESS),
            entry("collector", ComponentKind.PROCESS), entry("aggregator", ComponentKind.PROCESS),
            entry("poller", ComponentKind.PROCESS), entry("relay", ComponentKind.PROCESS),
            entry("hub", ComponentKind.PROCESS), entry("device", ComponentKind.PROCESS),
            entry("sensor", ComponentKind.PROCESS), entry("camera", ComponentKind.PROCESS),
            entry("kiosk", ComponentKind.PROCESS), entry("terminal", ComponentKind.PROCESS),
            entry("appliance", ComponentKind.PROCESS),
            entry("receiver", ComponentKind.PROCESS), entry("bridge", ComponentKind.PROCESS),
            entry("fetcher", ComponentKind.PROCESS), entry("retriever", ComponentKind.PROCESS),
            entry("embedder", ComponentKind.PROCESS), entry("chunker", ComponentKind.PROCESS),
            entry("scraper", ComponentKind.PROCESS), entry("downloader", ComponentKind.PROCESS),
            entry("uploader", ComponentKind.PROCESS), entry("resolver", ComponentKind.PROCESS),
            entry("adapter", ComponentKind.PROCESS), entry("loader", ComponentKind.PROCESS),
            entry("reconciler", ComponentKind.PROCESS), entry("signer", ComponentKind.PROCESS),
            entry("api", ComponentKind.API), entry("webhook", ComponentKind.API),
            entry("gateway", ComponentKind.API_GATEWAY),
            entry("frontend", ComponentKind.WEB_APP), entry("front-end", ComponentKind.WEB_APP),
            entry("ui", ComponentKind.WEB_APP), entry("portal", ComponentKind.WEB_APP),
            entry("dashboard", ComponentKind.WEB_APP), entry("console", ComponentKind.WEB_APP),
            entry("widget", ComponentKind.WEB_APP),
            entry("database", ComponentKind.DATA_STORE), entry("db", ComponentKind.DATA_STORE),
            entry("datastore", ComponentKind.DATA_STORE), entry("store", ComponentKind.DATA_STORE),
            entry("storage", ComponentKind.DATA_STORE), entry("table", ComponentKind.DATA_STORE),
            entry("warehouse", ComponentKind.DATA_STORE), entry("lake", ComponentKind.DATA_STORE),
            entry("repository", ComponentKind.DATA_STORE), entry("registry", ComponentKind.DATA_STORE),
            entry("bucket", ComponentKind.OBJECT_STORE), entry("blob", ComponentKind.OBJECT_STORE),
            entry("cache", ComponentKind.CACHE),
            entry("queue", ComponentKind.QUEUE), entry("topic", ComponentKind.QUEUE),
            entry("bus", ComponentKind.QUEUE), entry("broker", ComponentKind.QUEUE),
            entry("vault", ComponentKind.SECRETS_STORE), entry("keystore", ComponentKind.SECRETS_STORE),
            entry("function", ComponentKind.FUNCTION), entry("notebook", ComponentKind.NOTEBOOK),
            entry("cluster", ComponentKind.CONTAINER_PLATFORM), entry("index", ComponentKind.VECTOR_STORE),
            entry("observability", ComponentKind.LOGGING), entry("monitoring", ComponentKind.LOGGING),
            entry("siem", ComponentKind.LOGGING));
    static final Set<String> ACTORS = Set.of("user", "customer", "engineer", "developer", "admin", "administrator");
    static final Set<String> LEADING = Set.of("the", "a", "an", "this", "that", "these", "those", "each",
            "every", "all", "any", "some", "our", "your", "their", "its", "his", "her", "no", "another", "other",
            "which", "what", "when", "where", "if", "then", "upon", "using", "with", "for", "from", "to", "in", "on",
            "by", "and", "or", "but", "once", "while", "via", "only", "also", "as", "at", "of", "both", "either",
            "existing", "new", "same", "such", "per", "my", "we", "it", "is", "are");
    static final Set<String> GENERIC = Set.of(
            "existing", "same", "main", "new", "old", "primary", "secondary", "external", "internal", "following",
            "other", "whole", "entire", "remote", "local", "underlying", "actual", "given", "specific", "relevant",
            "appropriate", "corresponding", "first", "second", "third", "last", "next", "previous", "public",
            "private", "web", "single", "central", "shared", "default", "custom", "managed", "relational",
            "production", "staging", "dev", "test", "real", "rest", "http", "data", "current", "original", "target",
            "source", "upstream", "downstream", "overall", "open", "full", "dedicated", "separate", "simple",
            "final", "static", "dynamic", "various", "additional", "individual", "respective", "particular", "one",
            "two", "key", "secret", "secure", "client", "server", "cloud", "mobile", "legacy", "newer", "older",
            "above", "below", "former", "latter", "very", "only", "most", "least", "more", "less", "an", "a", "this",
            "that");

    /** Nouns that, right after a role noun, make it a modifier: "API keys", "server logs". */
    static final Set<String> COMPOUND = Set.of(
            "key", "keys", "response", "responses", "account", "accounts", "credential", "credentials", "token",
            "tokens", "code", "version", "versions", "endpoint", "endpoints", "traffic", "access", "documentation",
            "docs", "spec", "specs", "specification", "schema", "layer", "level", "name", "names", "url", "urls",
            "port", "ports", "config", "configuration", "record", "records", "object", "objects", "item", "items",
            "entry", "entries", "role", "roles", "policy", "policies", "permission", "permissions", "design",
            "integration", "definition", "definitions", "contract", "contracts", "team", "teams", "owner", "owners",
            "instance", "instances", "type", "types", "id", "ids", "limit", "limits", "plan", "plans");

    private static final java.util.regex.Pattern BROKERED_SECRETS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:secrets?|credentials?|tokens?|identity|auth\\w*|keys?|session)\\s+broker\\b");

    private RoleWords() {}

    static Optional<ComponentKind> kindOf(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return ACTORS.contains(n) ? Optional.of(ComponentKind.EXTERNAL_ENTITY) : Optional.ofNullable(NOUNS.get(n));
    }

    /**
     * The kind a whole name gives: "Artifact Registry", "container registry" hold the builds a pipeline
     * ships, so they are part of the delivery chain rather than a store of the system's data.
     */
    static ComponentKind ofName(String name, ComponentKind byNoun) {
        if (byNoun == ComponentKind.QUEUE && BROKERED_SECRETS.matcher(name).find()) {
            return ComponentKind.PROCESS; // "Secrets Broker", "Token Broker": a service handing out credentials, no queue
        }
        if (byNoun == ComponentKind.PROCESS && TRAINING.matcher(name).find()) {
            return ComponentKind.ML_PIPELINE; // "Training", "Nightly retraining job": where a model is made
        }
        if (byNoun == ComponentKind.PROCESS && WEB_FRONT.matcher(name).find()) {
            return ComponentKind.WEB_APP; // "Clinician Web App": an app that runs in the browser
        }
        if (LANGUAGE_MODEL.matcher(name).find() && (byNoun == ComponentKind.PROCESS || byNoun == ComponentKind.API
                || byNoun == ComponentKind.EXTERNAL_SERVICE)) {
            return ComponentKind.LLM; // "LLM Provider", "Language model service": the model, whoever hosts it
        }
        return byNoun == ComponentKind.DATA_STORE && BUILD_REGISTRY.matcher(name).find() ? ComponentKind.CI_CD : byNoun;
    }

    private static final java.util.regex.Pattern TRAINING = java.util.regex.Pattern.compile(
            "(?i)^(?:model |nightly |weekly |monthly )?(?:re-?training|training|fine-?tuning)(?: (?:jobs?|pipeline|workflows?|runs?))?$");
    private static final java.util.regex.Pattern WEB_FRONT = java.util.regex.Pattern.compile(
            "(?i)\\bweb\\s+app(?:lication)?s?$|\\bSPA$");
    private static final java.util.regex.Pattern LANGUAGE_MODEL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:LLMs?|(?:large )?language models?|foundation models?)\\b");

    private static final java.util.regex.Pattern BUILD_REGISTRY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:artifacts?|container|image|docker|package|helm|oci)\\s+(?:registry|repository)\\b");

    static boolean isRoleNoun(String word) {
        return kindOf(word).isPresent();
    }

    /** A name's stem: the name without its trailing role nouns ("Machine Learning Model Storage Blob" → 3 words). */
    static String stem(String name) {
        String[] words = name.split(" ");
        int end = words.length;
        while (end > 0 && isRoleNoun(words[end - 1])) {
            end--;
        }
        return String.join(" ", Arrays.asList(words).subList(0, end));
    }
}
