package dev.threatmodelbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How many questions each engineer is asked before the coverage judge says enough, for each eval case,
 * with scripted answers drawn from the part of the case's design doc the bot was not given. In process,
 * offline engine, no network. Run through bench/interview-questions.sh.
 *
 * <p>Args: cap on questions per interview (200), {@code transcript} to print every question and answer.
 * The cases are read from {@code eval/cases/<case>/design.md} (or {@code -Dbench.cases=DIR}).
 */
public final class InterviewBench {
    static final Path RESULTS = Path.of("bench", "results", "interview-questions.md");

    private InterviewBench() {}

    public static void main(String[] args) {
        if (System.getProperty("LOG_LEVEL") == null) {
            System.setProperty("LOG_LEVEL", "WARN");
        }
        int status = 1;
        try {
            int cap = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].trim()) : 200;
            boolean transcript = args.length > 1 && args[1].equals("transcript");
            run(cap, transcript);
            status = 0;
        } catch (Exception e) {
            e.printStackTrace();
        }
        dev.threatmodelbot.adapter.offline.MiniLmEmbeddings.shared().warmUp(); // loaded before the JVM exits
        System.exit(status);
    }

    private static void run(int cap, boolean transcript) throws IOException {
        if (cap < 1) {
            throw new IllegalArgumentException("usage: cap>=1 [transcript]");
        }
        Path cases = Path.of(System.getProperty("bench.cases", "eval/cases"));
        if (!Files.isDirectory(cases)) {
            throw new IllegalStateException("no eval cases at " + cases.toAbsolutePath()
                    + " (shared/ must sit beside the checkout, or pass -Dbench.cases=DIR)");
        }
        List<Path> dirs;
        try (Stream<Path> list = Files.list(cases)) {
            dirs = list.filter(d -> Files.isRegularFile(d.resolve("design.md"))).sorted().toList();
        }
        String command = System.getenv().getOrDefault("BENCH_COMMAND", "bench/interview-questions.sh " + cap);
        List<InterviewResult> results = new ArrayList<>();
        for (Path dir : dirs) {
            String name = dir.getFileName().toString();
            System.err.println(name + ": interviewing");
            InterviewResult r = ScriptedInterview.run(name, Files.readString(dir.resolve("design.md")), cap);
            System.err.printf("%s: %d questions, %s, %d ms%n", name, r.total(), r.stop(), r.wallMillis());
            if (transcript) {
                System.err.println("--- transcript of " + name);
                r.transcript().forEach(System.err::println);
            }
            results.add(r);
        }
        String report = InterviewReport.render(command, cap, results);
        System.out.println(report);
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, report);
        System.err.println("written " + RESULTS.toAbsolutePath());
    }
}
