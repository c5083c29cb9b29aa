package dev.threatmodelbot.bootstrap;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Teams variables: all of {@code MICROSOFT_APP_ID}, {@code MICROSOFT_APP_PASSWORD}, {@code PUBLIC_BASE_URL} (and
 * {@code MICROSOFT_APP_TENANT_ID} for a single-tenant app) switch Teams on; some of them set is a start-up error.
 */
final class TeamsConfig {
    static final String BOT_FRAMEWORK_KEYS = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    /** The variables that switch Teams on ({@code PUBLIC_BASE_URL} alone does not: it is the service's address). */
    private static final List<String> NAMES = List.of("MICROSOFT_APP_ID", "MICROSOFT_APP_PASSWORD", "TEAMS_AUTH",
            "MICROSOFT_APP_TENANT_ID", "MICROSOFT_APP_TYPE", "TEAMS_OPENID_METADATA_URL", "TEAMS_TOKEN_URL");

    private TeamsConfig() {}

    static Optional<Config.Teams> read(Config.Reader r, int port) {
        if (NAMES.stream().allMatch(n -> r.optional(n).isEmpty())) {
            return Optional.empty();
        }
        String auth = r.optional("TEAMS_AUTH").orElse("on").toLowerCase(Locale.ROOT);
        if (!auth.equals("on") && !auth.equals("off")) {
            r.problem("TEAMS_AUTH must be on or off (got '" + auth + "')");
        }
        if (auth.equals("off")) {
            return local(r, port);
        }
        String type = r.optional("MICROSOFT_APP_TYPE").orElse("SingleTenant");
        boolean single = type.equalsIgnoreCase("SingleTenant");
        if (!single && !type.equalsIgnoreCase("MultiTenant")) {
            r.problem("MICROSOFT_APP_TYPE must be SingleTenant or MultiTenant (got '" + type + "')");
        }
        Optional<String> id = r.optional("MICROSOFT_APP_ID");
        Optional<String> password = r.optional("MICROSOFT_APP_PASSWORD");
        Optional<String> tenant = r.optional("MICROSOFT_APP_TENANT_ID");
        Optional<String> base = r.optional("PUBLIC_BASE_URL");
        List<String> missing = new java.util.ArrayList<>();
        id.ifPresentOrElse(v -> { }, () -> missing.add("MICROSOFT_APP_ID"));
        password.ifPresentOrElse(v -> { }, () -> missing.add("MICROSOFT_APP_PASSWORD"));
        if (single && tenant.isEmpty()) {
            missing.add("MICROSOFT_APP_TENANT_ID");
        }
        base.ifPresentOrElse(v -> { }, () -> missing.add("PUBLIC_BASE_URL"));
        if (!missing.isEmpty()) {
            r.problem("Teams needs " + String.join(", ", missing) + " as well (some Teams variables are set, so Teams "
                    + "would be on" + (single ? "; a single-tenant app needs its tenant id" : "") + ")");
        }
        tenant.filter(t -> !t.matches("[0-9a-fA-F-]{36}|[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"))
                .ifPresent(t -> r.problem("MICROSOFT_APP_TENANT_ID must be a tenant id (a GUID) or a domain"));
        Optional<URI> keys = url(r, "TEAMS_OPENID_METADATA_URL", BOT_FRAMEWORK_KEYS);
        String tokenTenant = single ? tenant.orElse("botframework.com") : "botframework.com";
        Optional<URI> token = url(r, "TEAMS_TOKEN_URL",
                "https://login.microsoftonline.com/" + tokenTenant + "/oauth2/v2.0/token");
        Optional<URI> publicBase = base.isPresent() ? url(r, "PUBLIC_BASE_URL", "") : Optional.empty();
        if (!missing.isEmpty() || keys.isEmpty() || token.isEmpty() || publicBase.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Config.Teams(id.get(), password.get(), tenant, single, keys.get(), token.get(),
                publicBase.get(), false));
    }

    /**
     * {@code TEAMS_AUTH=off}: Teams without an app registration, for the Microsoft 365 Agents Playground on this
     * machine. Nothing is authenticated, so the service answers on loopback only and talks to a local connector only.
     */
    private static Optional<Config.Teams> local(Config.Reader r, int port) {
        if (r.optional("SLACK_BOT_TOKEN").isPresent()) {
            r.problem("TEAMS_AUTH=off cannot run beside Slack: Slack needs the service on every interface, and Teams "
                    + "without authentication must answer this machine only");
        }
        for (String n : List.of("MICROSOFT_APP_ID", "MICROSOFT_APP_PASSWORD", "MICROSOFT_APP_TENANT_ID")) {
            r.optional(n).ifPresent(v -> r.problem("TEAMS_AUTH=off is for trying the bot locally without an app "
                    + "registration; unset " + n + " (or TEAMS_AUTH) — a registered bot always checks Teams' tokens"));
        }
        URI base = URI.create(r.optional("PUBLIC_BASE_URL").orElse("http://localhost:" + port));
        return Optional.of(new Config.Teams("", "", Optional.empty(), false, URI.create(BOT_FRAMEWORK_KEYS),
                URI.create("http://localhost/"), base, true));
    }

    /** An https URL (plain http only on this machine, for tests and local tunnels). */
    private static Optional<URI> url(Config.Reader r, String name, String fallback) {
        String raw = r.optional(name).orElse(fallback);
        boolean local = raw.matches("http://(localhost|127\\.0\\.0\\.1|\\[::1])(:\\d+)?(/.*)?");
        if (!raw.toLowerCase(Locale.ROOT).startsWith("https://") && !local) {
            r.problem(name + " must be an https URL (plain http is accepted only for localhost)");
            return Optional.empty();
        }
        try {
            URI uri = URI.create(raw);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("no host");
            }
            return Optional.of(uri);
        } catch (IllegalArgumentException e) {
            r.problem(name + " is not a valid URL");
            return Optional.empty();
        }
    }
}
