package dev.threatmodelbot.bootstrap;

import dev.threatmodelbot.adapter.docs.DocumentReaders;
import dev.threatmodelbot.adapter.http.GuardedEndpoint;
import dev.threatmodelbot.adapter.http.HttpServer;
import dev.threatmodelbot.adapter.http.InboundRules;
import dev.threatmodelbot.adapter.jira.JiraSettings;
import dev.threatmodelbot.adapter.jira.JiraTracker;
import dev.threatmodelbot.adapter.llm.LangchainLanguageModel;
import dev.threatmodelbot.adapter.llm.PromptFiles;
import dev.threatmodelbot.adapter.offline.MiniLmEmbeddings;
import dev.threatmodelbot.adapter.offline.OfflineFactExtractor;
import dev.threatmodelbot.adapter.offline.RuleThreatDrafter;
import dev.threatmodelbot.adapter.offline.SentenceMeaning;
import dev.threatmodelbot.application.port.Engine;
import dev.threatmodelbot.application.port.LanguageModel;
import dev.threatmodelbot.adapter.offline.YamlQuestionBank;
import dev.threatmodelbot.adapter.redis.RedisBackend;
import dev.threatmodelbot.adapter.render.ModelExports;
import dev.threatmodelbot.adapter.render.ModelImports;
import dev.threatmodelbot.adapter.render.PlantUmlDiagramRenderer;
import dev.threatmodelbot.adapter.redis.RedisRuntime;
import dev.threatmodelbot.adapter.redis.RedisSessionStore;
import dev.threatmodelbot.adapter.redis.RedisSessionStats;
import dev.threatmodelbot.adapter.metrics.MicrometerMetrics;
import dev.threatmodelbot.application.MeteredSessions;
import dev.threatmodelbot.application.port.Metrics;
import dev.threatmodelbot.adapter.slack.SlackAdapter;
import dev.threatmodelbot.adapter.teams.TeamsAdapter;
import dev.threatmodelbot.adapter.teams.TeamsSettings;
import dev.threatmodelbot.adapter.web.WebWorkspace;
import dev.threatmodelbot.adapter.web.WorkspaceClock;
import dev.threatmodelbot.application.port.ChatGateway;
import dev.threatmodelbot.application.chat.Surfaces;
import dev.threatmodelbot.domain.Platform;
import java.util.EnumMap;
import java.util.Map;
import dev.threatmodelbot.application.Intake;
import dev.threatmodelbot.application.port.IssueTracker;
import dev.threatmodelbot.application.ProcessEvent;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running service, wired by hand: Redis, the platform adapters, the workers and the HTTP server. */
public final class Service implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Service.class);
    static final int WORKERS = 4;

    private final RedisBackend redis;
    private final RedisRuntime runtime;
    private final HttpServer http;
    private final Optional<WebWorkspace> web;
    private final Optional<TeamsAdapter> teams;
    private final Optional<MicrometerMetrics> meters;

    private Service(RedisBackend redis, RedisRuntime runtime, HttpServer http, Optional<WebWorkspace> web,
            Optional<TeamsAdapter> teams, Optional<MicrometerMetrics> meters) {
        this.meters = meters;
        this.redis = redis;
        this.runtime = runtime;
        this.http = http;
        this.web = web;
        this.teams = teams;
    }

    /** The offline engine, with the configured language model when there is one. */
    static Engine engine(Config config) {
        return engine(config, Metrics.NONE);
    }

    static Engine engine(Config config, Metrics metrics) {
        Optional<LanguageModel> model = Optional.empty();
        if (config.llm().enabled()) {
            Config.Llm llm = config.llm();
            model = Optional.of(LangchainLanguageModel.of(llm.provider(), llm.model(), llm.apiKey(), llm.baseUrl(),
                    new PromptFiles(config.promptsDir()), config.llmTimeout(), metrics));
            LOG.info("reading docs and answers with {} as well as the offline engine", llm);
        } else {
            LOG.info("LLM_PROVIDER is none: reading docs and answers with the offline engine");
        }
        MiniLmEmbeddings embeddings = MiniLmEmbeddings.shared();
        NativeLibraries.model(config.nativeLibDir()).ifPresent(files -> embeddings.loadFrom(files[0], files[1]));
        Thread warmUp = new Thread(embeddings::warmUp, "embeddings-warm-up"); // the model loads in ~1.5 s
        warmUp.setDaemon(true);
        warmUp.start();
        return new Engine(OfflineFactExtractor.packaged(), model, new SentenceMeaning(embeddings),
                new DocumentReaders(), RuleThreatDrafter.packaged(), new ModelExports(), new ModelImports());
    }

    /** Jira when configured; otherwise export writes files only. */
    static IssueTracker tracker(Config config) {
        return tracker(config, Metrics.NONE);
    }

    static IssueTracker tracker(Config config, Metrics metrics) {
        if (config.jira().isEmpty()) {
            LOG.info("JIRA_URL is not set: export attaches files only");
            return IssueTracker.NONE;
        }
        Config.Jira j = config.jira().get();
        JiraSettings settings = new JiraSettings(j.url(), j.apiVersion(), j.email(), j.token(), j.project(),
                j.issueType(), JiraSettings.priorities(j.priorities()));
        LOG.info("filing approved threats in {}", settings);
        return new JiraTracker(settings, metrics);
    }

    private static TeamsSettings settings(Config.Teams t) {
        return new TeamsSettings(t.appId(), t.password(), t.tenantId().orElse(""), t.singleTenant(),
                t.openIdMetadataUrl(), t.tokenUrl(), t.publicBaseUrl(), t.authOff());
    }

    public static Service start(Config config, Clock clock) {
        config.notices().forEach(n -> LOG.warn(n));
        NativeLibraries.prepare(config.nativeLibDir()); // before the embedding model loads
        boolean webOnly = config.web().on() && config.slack().isEmpty() && config.teams().isEmpty();
        Optional<WorkspaceClock> workspaceClock = webOnly ? Optional.of(new WorkspaceClock(clock)) : Optional.empty();
        Clock now = workspaceClock.<Clock>map(c -> c).orElse(clock);
        RedisBackend redis = RedisBackend.connect(config.redisUrl(), config.dataDir(), config.redisKeyPrefix());
        RedisSessionStore store = redis.sessionStore(config.retention(), now);
        Optional<MicrometerMetrics> meters = config.metrics() ? Optional.of(new MicrometerMetrics(() -> {
            RedisSessionStats.Snapshot s = store.stats();
            return new MicrometerMetrics.Sessions(s.byState(), s.backlog(), s.oldestMs());
        })) : Optional.empty();
        Metrics metrics = meters.<Metrics>map(m -> m).orElse(Metrics.NONE);
        Intake intake = new Intake(redis.inbox(), store, new SecureRandom(), metrics);
        Optional<SlackAdapter> slack = config.slack()
                .map(s -> new SlackAdapter(s.botToken(), s.signingSecret(), s.apiUrl(), intake, now, metrics));
        Optional<TeamsAdapter> teams = config.teams().map(t -> new TeamsAdapter(settings(t), intake,
                redis.surfaceRecords(), now, metrics));
        java.util.concurrent.atomic.AtomicInteger listening = new java.util.concurrent.atomic.AtomicInteger(config.port());
        Optional<WebWorkspace> web = config.web().on()
                ? Optional.of(new WebWorkspace(intake, redis.hostedConversations(), now, workspaceClock,
                        () -> "http://localhost:" + listening.get(), config.web().secret()))
                : Optional.empty();
        Map<Platform, ChatGateway> gateways = new EnumMap<>(Platform.class);
        slack.ifPresent(s -> gateways.put(Platform.SLACK, s.gateway()));
        web.ifPresent(w -> gateways.put(Platform.WEB, w.gateway()));
        teams.ifPresent(t -> gateways.put(Platform.TEAMS, t.gateway()));
        ProcessEvent process = new ProcessEvent(new MeteredSessions(store, metrics), new Surfaces(gateways),
                YamlQuestionBank.packaged(), engine(config, metrics), new PlantUmlDiagramRenderer(), config.pacing(), now,
                tracker(config, metrics));
        RedisRuntime runtime = redis.runtime(process, now, WORKERS, metrics);
        runtime.start();
        List<HttpServer.Route> routes = new java.util.ArrayList<>(web.map(w -> List.of(
                new HttpServer.Route("/api/*", "workspace-api", w.api()),
                new HttpServer.Route("/", "workspace", w.pages()))).orElse(List.of()));
        teams.ifPresent(t -> routes.add(new HttpServer.Route(TeamsAdapter.FILES, "teams-files", t.files())));
        meters.ifPresent(m -> routes.add(HttpServer.text("/metrics", "metrics", "text/plain; version=0.0.4; charset=utf-8",
                m::scrape)));
        // the workspace alone, without a secret, is for this machine only: it listens on loopback
        boolean localTeams = config.teams().map(Config.Teams::authOff).orElse(false);
        String host = (webOnly && config.web().secret().isEmpty() || localTeams && config.slack().isEmpty())
                ? "127.0.0.1" : "0.0.0.0";
        List<HttpServer.Endpoint> endpoints = new java.util.ArrayList<>(List.of(new HttpServer.Endpoint("/slack/events",
                "Slack", slack.map(s -> new GuardedEndpoint(new InboundRules(s::authentic, s::problem), s.servlet(),
                        HttpServer.MAX_BODY_BYTES, "slack", metrics)))));
        // an exact path: it wins over the workspace's /api/* when both are on
        endpoints.add(new HttpServer.Endpoint(TeamsAdapter.PATH, "Teams", teams.map(t -> new GuardedEndpoint(
                new InboundRules(t::authentic, t::problem), t.servlet(), HttpServer.MAX_BODY_BYTES, "teams", metrics))));
        HttpServer http = new HttpServer(host, config.port(), endpoints, routes, redis::ready,
                meters.map(MicrometerMetrics::registry));
        http.start();
        listening.set(http.port()); // PORT=0 picks one: links name the one picked
        LOG.info("threatmodel-bot listening on {}:{} (Slack {}, Teams {}, web workspace {})", host, http.port(),
                slack.isPresent() ? "on" : "off", teams.isPresent() ? "on" : "off", web.isPresent() ? "on" : "off");
        web.ifPresent(w -> LOG.info("web workspace: open http://localhost:{}/", http.port()));
        return new Service(redis, runtime, http, web, teams, meters);
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (Exception e) {
            LOG.warn("HTTP server did not stop cleanly: {}", e.toString());
        }
        web.ifPresent(WebWorkspace::close);
        teams.ifPresent(TeamsAdapter::close);
        meters.ifPresent(MicrometerMetrics::close);
        runtime.close();
        redis.close();
    }
}
