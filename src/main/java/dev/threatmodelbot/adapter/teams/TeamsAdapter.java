package dev.threatmodelbot.adapter.teams;

import dev.threatmodelbot.application.Intake;
import dev.threatmodelbot.application.chat.SurfaceRecords;
import dev.threatmodelbot.application.port.ChatGateway;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Microsoft Teams in both directions: {@code POST /api/messages} (the Bot Framework token checked by the SDK on the
 * raw request before anything else reads it) and the Bot Connector calls the core talks through. Every Bot Framework
 * type stays in this package.
 */
public final class TeamsAdapter implements AutoCloseable {
    /** Where Teams sends activities. */
    public static final String PATH = "/api/messages";
    /** Where the files the bot shows are served. */
    public static final String FILES = TeamsFiles.PATH + "*";

    private final TeamsAuth auth;
    private final TeamsChatGateway gateway;
    private final TeamsInbound inbound;
    private final TeamsReplies replies;
    private final TeamsFiles files;

    public TeamsAdapter(TeamsSettings settings, Intake intake, SurfaceRecords records, Clock clock) {
        this(settings, intake, records, clock, dev.threatmodelbot.application.port.Metrics.NONE);
    }

    /** With every Bot Connector call counted and timed in {@code metrics}. */
    public TeamsAdapter(TeamsSettings settings, Intake intake, SurfaceRecords records, Clock clock,
            dev.threatmodelbot.application.port.Metrics metrics) {
        this(settings, intake, records, clock, 6, Duration.ofMillis(500), metrics);
    }

    /** With the connector's retry budget: {@code attempts} calls, the first backoff {@code backoff}, doubling. */
    public TeamsAdapter(TeamsSettings settings, Intake intake, SurfaceRecords records, Clock clock, int attempts,
            Duration backoff, dev.threatmodelbot.application.port.Metrics metrics) {
        this.auth = new TeamsAuth(settings);
        TeamsDirectory directory = new TeamsDirectory(records);
        TeamsConnector connector = new TeamsConnector(settings, clock, attempts, backoff, metrics);
        this.files = new TeamsFiles(records, settings.publicBaseUrl());
        this.gateway = new TeamsChatGateway(connector, directory, files);
        this.replies = new TeamsReplies(connector, directory);
        this.inbound = new TeamsInbound(intake, directory, replies, new TeamsStartForm(intake, connector, directory, clock),
                clock);
    }

    public ChatGateway gateway() {
        return gateway;
    }

    /** The activity handler; reached only through the HTTP layer's guard, which asks {@link #authentic} and {@link #problem} first. */
    public HttpServlet servlet() {
        return inbound;
    }

    /** The files the bot links to (a diagram, an export), served while they are kept. */
    public HttpServlet files() {
        return files.servlet();
    }

    /** True when the request carries a valid Bot Framework token for this bot and the activity's service URL. */
    public boolean authentic(Map<String, String> headers, byte[] body) {
        return auth.authentic(headers, body);
    }

    /** Why an authentic body cannot be handled, or empty when it can. */
    public Optional<String> problem(String contentType, byte[] body) {
        return TeamsActivities.problem(contentType, body);
    }

    @Override
    public void close() {
        replies.close();
    }
}
