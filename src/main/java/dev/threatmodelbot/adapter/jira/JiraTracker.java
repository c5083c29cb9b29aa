package dev.threatmodelbot.adapter.jira;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threatmodelbot.application.port.IssueTracker;
import dev.threatmodelbot.application.port.TrackerException;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Ticket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files threats in Jira Cloud (REST v3, descriptions in Atlassian Document Format) or Data Center
 * (REST v2, descriptions in wiki markup).
 *
 * <p>Each threat carries a label of its own ({@link #label}); filing first searches the project for
 * it and creates an issue only when none has it, then links the issue back to the review thread
 * with a remote link whose global id makes sending it again an update. Jira's search is eventually
 * consistent: an issue created a few seconds before may not be found yet, so filing the same threat
 * again within seconds can still create a second issue. That is why a link back that fails never
 * fails the filing: a caller's retry right after a create is the case the search may miss.
 */
public final class JiraTracker implements IssueTracker {
    private static final Logger LOG = LoggerFactory.getLogger(JiraTracker.class);
    private static final int LABEL_HASH_CHARS = 12;
    /** How long one filing may take, waits included: well inside the session lease it runs under. */
    static final Duration BUDGET = Duration.ofMinutes(2);
    /** After a create whose outcome is unknown, the search is asked again after these waits. */
    static final List<Duration> VERIFY = List.of(Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10));

    private final JiraSettings settings;
    private final JiraHttp http;
    private final JiraRequests requests;
    private final Retries retries;

    public JiraTracker(JiraSettings settings) {
        this(settings, Sleeper.THREAD);
    }

    /** With every call to Jira counted and timed in {@code metrics}. */
    public JiraTracker(JiraSettings settings, dev.threatmodelbot.application.port.Metrics metrics) {
        this(settings, JiraHttp.client(), Sleeper.THREAD, Clock.systemUTC(), RandomGenerator.getDefault(), metrics);
    }

    /** With {@code sleeper} taking the waits between attempts. */
    public JiraTracker(JiraSettings settings, Sleeper sleeper) {
        this(settings, JiraHttp.client(), sleeper, Clock.systemUTC(), RandomGenerator.getDefault());
    }

    JiraTracker(JiraSettings settings, HttpClient client, Sleeper sleeper, Clock clock, RandomGenerator random) {
        this(settings, client, sleeper, clock, random, dev.threatmodelbot.application.port.Metrics.NONE);
    }

    JiraTracker(JiraSettings settings, HttpClient client, Sleeper sleeper, Clock clock, RandomGenerator random,
            dev.threatmodelbot.application.port.Metrics metrics) {
        this.settings = settings;
        this.http = new JiraHttp(settings, client, clock, metrics);
        this.requests = new JiraRequests(settings);
        this.retries = new Retries(sleeper, random);
    }

    /**
     * The label that marks a threat's issue: {@code tm-<session id>-<12 hex digits of the SHA-256 of
     * the threat id>}, lowercase, the same for every draft version the threat appears in.
     */
    public static String label(SessionId session, String threatId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(threatId.getBytes(StandardCharsets.UTF_8));
            return "tm-" + session.value().toLowerCase(Locale.ROOT) + "-"
                    + HexFormat.of().formatHex(hash).substring(0, LABEL_HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public Optional<String> project(Session session) {
        return session.jiraProject().or(settings::defaultProject);
    }

    @Override
    public Ticket file(Session session, DraftedThreat threat, String link) {
        String project = project(session).orElseThrow(() -> new TrackerException(
                "no Jira project: name one when starting the session, or configure a default", false));
        String label = label(session.id(), threat.threat().id());
        long deadline = System.nanoTime() + BUDGET.toNanos();
        String key = retries.run(() -> find(project, label).orElseGet(() -> create(session, threat, project, label,
                link)), deadline);
        if (JiraText.webLink(link).isPresent()) {
            linkBack(session, threat, label, key, link.strip(), deadline);
        }
        return new Ticket(key, settings.url() + "/browse/" + key);
    }

    private Optional<String> find(String project, String label) {
        String path = settings.apiVersion() >= 3 ? "search/jql" : "search";
        JsonNode found = http.post(path, requests.search(project, label));
        Optional<String> key = Optional.of(found.path("issues").path(0).path("key").asText(""))
                .filter(k -> !k.isEmpty());
        key.ifPresent(k -> LOG.info("Found {} already filed with label {}", k, label));
        return key;
    }

    /**
     * Creates the issue. When the answer is lost in a way that leaves it unknown whether Jira made it
     * (a timeout, a gateway's 5xx), the search is asked a few more times over some seconds — Jira's
     * search catches up with new issues after a moment — before the caller may try creating again.
     */
    private String create(Session session, DraftedThreat threat, String project, String label, String link) {
        try {
            return createOnce(session, threat, project, label, link);
        } catch (JiraUnavailable e) {
            if (!e.maybeDone()) {
                throw e;
            }
            for (Duration wait : VERIFY) {
                retries.pause(wait);
                Optional<String> made = find(project, label);
                if (made.isPresent()) {
                    return made.get();
                }
            }
            throw e;
        }
    }

    private String createOnce(Session session, DraftedThreat threat, String project, String label, String link) {
        JsonNode created = http.post("issue", requests.create(session, threat, project, label, link));
        String key = created.path("key").asText("");
        if (key.isEmpty()) {
            throw new TrackerException("Jira created an issue but did not say its key", false);
        }
        LOG.info("Filed threat {} of session {} as {}", threat.number(), session.id(), key);
        return key;
    }

    /** A link back that Jira refuses or cannot take now is logged, not thrown: the issue exists. */
    private void linkBack(Session session, DraftedThreat threat, String label, String key, String link,
            long deadline) {
        try {
            retries.run(() -> http.post("issue/" + key + "/remotelink",
                    requests.remoteLink(session, threat, label, link)), deadline);
        } catch (TrackerException e) {
            LOG.warn("Filed {} for session {} but could not link it back to the review thread: {}", key,
                    session.id(), e.reason());
        }
    }
}
