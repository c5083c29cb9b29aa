package dev.threatmodelbot.adapter.metrics;

import dev.threatmodelbot.application.port.Metrics;
import dev.threatmodelbot.domain.SessionState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The service's metrics in a Prometheus registry, scraped at {@code GET /metrics}: events in and applied, refusals,
 * calls to Slack, Teams, Jira and the language model, what interviews and reviews bring about, sessions by state,
 * messages waiting, and the JVM's own. Names start with {@code threatmodel_}.
 */
public final class MicrometerMetrics implements Metrics, AutoCloseable {
    /** What the gauges read: sessions by state, messages waiting to be delivered, the oldest wait in milliseconds. */
    public record Sessions(Map<String, Long> byState, long backlog, long oldestMs) {}

    private static final Duration SESSIONS_FRESH = Duration.ofSeconds(5);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Supplier<Sessions> sessions;
    private volatile Sessions lastSessions = new Sessions(Map.of(), 0, 0);
    private volatile long lastRead;
    private final Counter deadEvent;

    public MicrometerMetrics(Supplier<Sessions> sessions) {
        this.sessions = sessions;
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        for (SessionState state : SessionState.values()) {
            String name = state.name().toLowerCase(Locale.ROOT);
            Gauge.builder("threatmodel_sessions", () -> sessions().byState().getOrDefault(state.name(), 0L))
                    .tag("state", name).description("Sessions by state, across every replica").register(registry);
        }
        deadEvent = Counter.builder("threatmodel_dead_events").description("Events set aside after failing again and again")
                .register(registry);
        for (Count c : Count.values()) { // every name present from the start, at zero
            if (c != Count.THREATS_DECIDED) {
                Counter.builder("threatmodel_" + c.name().toLowerCase(Locale.ROOT)).register(registry);
            }
        }
        Gauge.builder("threatmodel_outbox_backlog", () -> sessions().backlog())
                .description("Messages and tickets waiting to be delivered, across every session").register(registry);
        Gauge.builder("threatmodel_outbox_oldest_seconds", () -> sessions().oldestMs() / 1000.0)
                .description("How long the longest-waiting session has had messages to deliver").register(registry);
    }

    /** Where platform endpoints, Jetty and anything else bind their own meters. */
    public MeterRegistry registry() {
        return registry;
    }

    /** The session figures, read from the store at most every five seconds whatever the scrape rate. */
    private Sessions sessions() {
        long now = System.nanoTime();
        if (now - lastRead > SESSIONS_FRESH.toNanos() || lastRead == 0) {
            try {
                lastSessions = sessions.get();
            } catch (RuntimeException e) {
                // Redis away: the last figures stand until it answers again
            }
            lastRead = now;
        }
        return lastSessions;
    }

    @Override
    public void eventReceived(String platform, boolean recorded) {
        Counter.builder("threatmodel_events_received").tag("platform", platform)
                .tag("outcome", recorded ? "recorded" : "duplicate").register(registry).increment();
    }

    @Override
    public void requestRefused(String endpoint, int status, String reason) {
        Counter.builder("threatmodel_events_received").tag("platform", endpoint.toLowerCase(Locale.ROOT))
                .tag("outcome", "rejected").register(registry).increment();
        Counter.builder("threatmodel_requests_refused").tag("endpoint", endpoint.toLowerCase(Locale.ROOT))
                .tag("status", String.valueOf(status)).tag("reason", reason(reason)).register(registry).increment();
    }

    /** Refusal reasons as a short, bounded label: the words before any number or quote. */
    static String reason(String reason) {
        String words = reason.replaceAll("[\\d'\"`(].*$", "").strip();
        return words.length() > 60 ? words.substring(0, 60) : words.isEmpty() ? "other" : words;
    }

    @Override
    public void eventApplied(Duration waited) {
        Timer.builder("threatmodel_event_recorded_to_applied").description("From an event's recording to its effect")
                .publishPercentileHistogram().register(registry).record(waited);
    }

    @Override
    public void deadEvent() {
        deadEvent.increment();
    }

    @Override
    public void call(String service, String outcome, Duration took) {
        Timer.builder("threatmodel_calls").tag("service", service).tag("outcome", outcome)
                .description("Calls to Slack, Teams, Jira and the language model").register(registry).record(took);
    }

    @Override
    public void counted(Count what, String kind, long n) {
        Counter.Builder b = Counter.builder("threatmodel_" + what.name().toLowerCase(Locale.ROOT));
        if (!kind.isEmpty()) {
            b.tag("decision", kind);
        }
        b.register(registry).increment(n);
    }

    /** Everything registered, in Prometheus' text format (what {@code GET /metrics} answers). */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
