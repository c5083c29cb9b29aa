package dev.threatmodelbot.bench;

import dev.threatmodelbot.domain.Session;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The Markdown of {@link SessionGrowthBench}: figures per session size, the ratios and how they were taken. */
final class SessionGrowthReport {
    private SessionGrowthReport() {}

    static String render(String command, String caseName, long grownSeconds, int trials,
            List<SessionGrowthBench.Figures> figures) {
        StringBuilder b = new StringBuilder("# Session growth: one answer in a small and in a large session\n\n");
        b.append("- Date: ").append(Instant.now()).append("\n- Command: `").append(command).append("`\n");
        MachineFacts.collect().forEach((k, v) -> b.append("- ").append(k).append(": ").append(v).append('\n'));
        b.append("\n## Results\n\n| session | questions | facts | parts / flows | Redis memory (bytes) "
                + "| core alone (ms) | answer processed, warm (ms) | cold (ms) | bytes written per answer | per save | bytes sent "
                + "per answer | commands per answer |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SessionGrowthBench.Figures f : figures) {
            Session s = f.size().session();
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d / %d | %,d | %.1f | %.1f | %.1f | %,.0f | %,.0f | %,.0f "
                    + "| %.0f |%n", f.size().label(), s.questions().size(), s.context().facts().size(),
                    s.context().components().size(), s.context().flows().size(), f.memory(), f.coreMs(), f.warmMs(), f.coldMs(),
                    f.written(), f.writtenPerSave(), f.sent(), f.commands()));
        }
        SessionGrowthBench.Figures small = figures.get(0);
        SessionGrowthBench.Figures big = figures.get(figures.size() - 1);
        b.append(String.format(Locale.ROOT, "%n| large ÷ small | value | target |%n|---|---:|---:|%n"
                + "| answer processed, warm | %.2f× | ≤ 1.5× |%n| bytes written per answer | %.2f× | ≤ 1.5× |%n"
                + "| answer processed, cold | %.2f× | |%n| core alone | %.2f× | |%n", big.warmMs() / small.warmMs(),
                big.written() / small.written(), big.coldMs() / small.coldMs(), big.coreMs() / small.coreMs()));
        b.append(String.format(Locale.ROOT, """

                ## Method

                Both sessions are grown in process by the real core (offline engine, in-memory store, fake chat) from \
                the eval case `%s` (%d s): the first half of its design doc goes into the start form, four engineers \
                answer each question put to them with a sentence of the other half (one of the three sharing most \
                words with the question); a question still open after that (the core took the reply as volunteered \
                information about something else) gets a vague reply, which answers it. Three outsiders comment \
                with sentences of the other half, four comments per answer. When nobody has an open question, an earlier question is asked again (a copy with a new id) \
                and the session is set back to interviewing; all else — answers, the facts read from them and from \
                the comments, next questions, contradictions — is the core's own work. The small session is taken \
                after 10 answers, the large one after 500 answers and 2,000 comments.

                Each session is then saved under a fresh key prefix of the Redis below and %d answers (after 3 not \
                counted) are processed one at a time as a worker does it: holding the session's lease, \
                `ProcessEvent` loads the session, records the answer, learns from it, plans the next question, \
                saves, delivers to the fake chat and saves again. *Warm*: by the store that wrote the session last \
                (the usual case: one replica works through a session's events). *Cold*: by a store new to the \
                session (another replica, or the first event after a restart). Times are medians in milliseconds, \
                wall clock around `ProcessEvent.process`, client and Redis on the same machine, nothing else \
                watching Redis. *Core alone*: the same \
                kind of answers processed with the session in an in-memory store, which is the floor any store adds to.

                Bytes come from %d more warm answers under MONITOR on the run's prefix: *written* sums the arguments (keys, fields, values) \
                of every writing command as Redis ran it, inside Lua scripts too; *sent* sums the arguments of the \
                commands the client sent, a script's text included; *commands* counts every command, those run \
                inside scripts too. Medians over the warm answers; *per save* divides by the answer's saves.
                """, caseName, grownSeconds, trials, trials));
        return b.toString();
    }
}
