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
                + "| bytes written per answer | per save | bytes sent per answer | commands per answer |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SessionGrowthBench.Figures f : figures) {
            Session s = f.size().session();
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d / %d | %,d | %,.0f | %,.0f | %,.0f | %.0f |%n",
                    f.size().label(), s.questions().size(), s.context().facts().size(),
                    s.context().components().size(), s.context().flows().size(), f.memory(), f.written(),
                    f.writtenPerSave(), f.sent(), f.commands()));
        }
        b.append("\n| session | answer processed, warm (ms) | cold (ms) | core alone (ms) | CPU: warm (ms) | cold (ms) "
                + "| core alone (ms) |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (SessionGrowthBench.Figures f : figures) {
            b.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                    f.size().label(), f.warmMs(), f.coldMs(), f.coreMs(), f.warmCpu(), f.coldCpu(), f.coreCpu()));
        }
        SessionGrowthBench.Figures small = figures.get(0);
        SessionGrowthBench.Figures big = figures.get(figures.size() - 1);
        b.append(String.format(Locale.ROOT, "%n| large ÷ small | value | target |%n|---|---:|---:|%n"
                + "| answer processed, warm (wall clock) | %.2f× | ≤ 1.5× |%n"
                + "| bytes written per answer | %.2f× | ≤ 1.5× |%n"
                + "| answer processed, warm (CPU) | %.2f× | |%n"
                + "| answer processed, cold (wall clock) | %.2f× | |%n| core alone (wall clock) | %.2f× | |%n",
                big.warmMs() / small.warmMs(), big.written() / small.written(), big.warmCpu() / small.warmCpu(),
                big.coldMs() / small.coldMs(), big.coreMs() / small.coreMs()));
        b.append(String.format(Locale.ROOT, """

                ## Method

                Both sessions are grown in process by the real core (offline engine, in-memory store, fake chat) \
                from the eval case `%s` (%d s): the first half of its design doc goes into the start form, four \
                engineers answer each question put to them with a sentence of the other half (one of the three \
                sharing most words with the question); a question still open after that (the core took the reply \
                as volunteered information about something else) gets a vague reply, which answers it. Three \
                outsiders comment with sentences of the other half, four comments per answer. While fewer than two \
                engineers have an open question, an earlier question is asked again (a copy with a new id) and the \
                session is kept interviewing; all else — answers, the facts read from them and from the comments, \
                next questions, contradictions — is the core's own work. The small session is taken after 10 \
                answers, the large one after 500 answers and 2,000 comments.

                Each session is then saved under a fresh key prefix of the Redis below, with one more engineer who \
                has one question open: the same in both sessions, a copy of the small one's first question about a \
                part. Before every measured answer the session is put back so (written whole, not timed), and that \
                engineer answers the question, so each answer is the same work in a session of the same size, \
                processed as a worker does it: holding the session's lease, `ProcessEvent` loads the \
                session, records the answer, learns from it, plans the next question, saves, delivers to the fake \
                chat and saves again. *Warm*: by the store that wrote the session last (the usual case: one \
                replica works through a session's events). *Cold*: by a store new to the session (another replica, \
                or the first event after a restart), which reads it whole. *Core alone*: the same with the session \
                in an in-memory store, the floor any store adds to. Warm answers come first, then the core alone, \
                then cold ones; within each, the two sessions take turns, answer by answer, so that whatever else \
                the machine does weighs on both alike; %d answers per size and way are counted after 5 that are \
                not. Times are medians in milliseconds around `ProcessEvent.process`: wall clock, client and Redis \
                on the same machine, nothing watching Redis; and the CPU time of the processing thread, which other \
                work on the machine disturbs less.

                Bytes come from %d more warm answers per size under MONITOR on the run's prefix: *written* sums \
                the arguments (keys, fields, values) of every writing command as Redis ran it, inside Lua scripts \
                too; *sent* sums the arguments of the commands the client sent, a script's text included; \
                *commands* counts every command, those run inside scripts too; *per save* divides by the answer's \
                saves. Medians again. *Redis memory* is `MEMORY USAGE … SAMPLES 0` of every key of the prefix \
                once the session is saved.
                """, caseName, grownSeconds, trials, trials));
        return b.toString();
    }
}
