package dev.threatmodelbot.bench;

import dev.threatmodelbot.adapter.offline.MiniLmEmbeddings;
import dev.threatmodelbot.application.port.ThreatDrafter;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.application.port.Engine;
import dev.threatmodelbot.bootstrap.Engines;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Threat;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Strict recall and precision of drafted threats against each eval case's answer key
 * ({@code bench/answer-keys/<case>.yaml}): the case's design doc read into a context model section
 * pasted in the start form and drafted the way the service drafts it ({@link ThreatRun}: the engine
 * {@code LLM_PROVIDER} and its variables configure, offline when unset), the threats the draft posts
 * matched by {@link StrictMatching} (same element, same attack class), and the parts and flows read
 * compared with the key's. The old cosine figure ({@link ThreatMatching}) is reported beside it. In
 * process; no network unless a language model is configured. Run through bench/threat-recall.sh.
 *
 * <p>Args, in any order: the cosine threshold (default {@link ThreatMatching#THRESHOLD}), {@code --explain}
 * to print every posted threat with its class and key elements to stderr. The
 * cases are read from {@code eval/cases/<case>/} (or {@code -Dbench.cases=DIR}); the drafter
 * is {@code -Dbench.drafter=CLASS}'s static {@code packaged()} (default {@value #DRAFTER}).
 */
public final class ThreatBench {
    static final Path RESULTS = Path.of("bench", "results", "threat-recall.md");
    static final String DRAFTER = "dev.threatmodelbot.adapter.offline.RuleThreatDrafter";
    static final Path KEYS = Path.of("bench", "answer-keys");

    private ThreatBench() {}

    public static void main(String[] args) {
        if (System.getProperty("LOG_LEVEL") == null) {
            System.setProperty("LOG_LEVEL", "WARN");
        }
        int status = 1;
        try {
            double threshold = ThreatMatching.THRESHOLD;
            boolean explain = false;
            for (String a : args) {
                if (a.equals("--explain")) {
                    explain = true;
                } else if (!a.isBlank()) {
                    threshold = Double.parseDouble(a.trim());
                }
            }
            if (!(threshold > 0 && threshold < 1)) {
                throw new IllegalArgumentException("usage: [threshold in (0,1)] [--explain]");
            }
            run(threshold, explain);
            status = 0;
        } catch (Exception e) {
            e.printStackTrace();
        }
        dev.threatmodelbot.adapter.offline.MiniLmEmbeddings.shared().warmUp(); // loaded before the JVM exits
        System.exit(status);
    }

    private static void run(double threshold, boolean explain) throws IOException {
        List<Path> dirs = cases();
        Engine engine = Engines.fromEnvironment(System.getenv());
        String drafterClass = System.getProperty("bench.drafter", DRAFTER);
        engine = new Engine(engine.extractor(), engine.model(), engine.meaning(), engine.documents(),
                drafter(drafterClass), engine.exporter());
        String described = drafterClass + ".packaged()" + engine.model().map(m -> " with the language model "
                + System.getenv().getOrDefault("LLM_PROVIDER", "") + " (LLM mode)").orElse(", offline (no LLM)");
        ThreatMatching cosine = new ThreatMatching(MiniLmEmbeddings.shared());
        List<StrictCase> results = new ArrayList<>();
        for (Path dir : dirs) {
            String name = dir.getFileName().toString();
            AnswerKey key = AnswerKey.read(KEYS.resolve(name + ".yaml"));
            Session session = ThreatRun.draft(engine, name, Files.readString(dir.resolve("design.md")));
            ContextModel model = session.context();
            Draft draft = session.draft().orElseThrow();
            List<Threat> posted = draft.threats().stream().map(DraftedThreat::threat).toList();
            StrictMatching matching = new StrictMatching(key, model);
            ThreatScores scores = cosine.score(posted, ThreatGroundTruth.read(dir.resolve("ground_truth.json")));
            StrictCase r = new StrictCase(name, model, key, posted, draft.held().size(), draft.toConfirm().size(),
                    matching, matching.pairs(posted), scores.matchedTruth(threshold), scores.matchedDrafted(threshold));
            System.err.printf("%s: %d posted, strict %d/%d ground-truth threats, %d/%d posted match%n", name,
                    posted.size(), r.matchedTruth().size(), key.threats().size(), r.matchedDrafted().size(),
                    posted.size());
            if (explain) {
                posted.forEach(t -> System.err.printf("  %-8s %-22s %-40s %s%n", t.severity(), t.attack(),
                        String.join(",", matching.elements(t)), t.title()));
                draft.toConfirm().forEach(a -> System.err.println("  assumed: " + a));
            }
            results.add(r);
        }
        String command = System.getenv().getOrDefault("BENCH_COMMAND", "bench/threat-recall.sh");
        String report = StrictReport.render(command, described, threshold, results);
        System.out.println(report);
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, report);
        System.err.println("written " + RESULTS.toAbsolutePath());
    }

    private static List<Path> cases() throws IOException {
        Path cases = Path.of(System.getProperty("bench.cases", "eval/cases"));
        if (!Files.isDirectory(cases)) {
            throw new IllegalStateException("no eval cases at " + cases.toAbsolutePath()
                    + " (shared/ must sit beside the checkout, or pass -Dbench.cases=DIR)");
        }
        try (Stream<Path> list = Files.list(cases)) {
            return list.filter(d -> Files.isRegularFile(d.resolve("design.md"))
                    && Files.isRegularFile(d.resolve("ground_truth.json"))).sorted().toList();
        }
    }

    /** The drafter by reflection, so the bench compiles whichever drafter exists. */
    static ThreatDrafter drafter(String className) {
        try {
            Object d = Class.forName(className).getMethod("packaged").invoke(null);
            if (!(d instanceof ThreatDrafter drafter)) {
                throw new IllegalStateException(className + ".packaged() is not a ThreatDrafter");
            }
            return drafter;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no threat drafter " + className + " on the classpath: write it (with "
                    + "a static packaged() factory) or pass -Dbench.drafter=CLASS", e);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(className + " has no public static packaged() factory", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(className + ".packaged() failed", e.getCause());
        }
    }
}
