package dev.threatmodelbot.bench;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The results as Markdown: printed to the console and written to bench/results/interview-questions.md. */
final class InterviewReport {
    private InterviewReport() {}

    static String render(String command, int cap, List<InterviewResult> results) {
        StringBuilder md = new StringBuilder("# Questions asked per engineer before the judge says enough\n\n");
        md.append("- Date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        md.append("- Command: `").append(command).append("`\n");
        md.append("- Engine: ").append(ScriptedInterview.ENGINE.model().isPresent()
                ? "offline and the language model `LLM_PROVIDER=" + System.getenv("LLM_PROVIDER") + "` (LLM mode), in process"
                : "offline (catalogue + security patterns), in process, no network").append('\n');
        md.append("- Engineers: ").append(String.join(", ", ScriptedInterview.ENGINEERS))
                .append("; cap: ").append(cap).append(" questions per interview\n");
        md.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append('\n');

        md.append("- Cap per engineer: `MAX_QUESTIONS_PER_ENGINEER=").append(ScriptedInterview.PACING
                .maxQuestionsPerEngineer()).append("` (the service's default)\n");

        md.append("\n## Summary\n\n");
        List<Integer> perEngineer = results.stream().flatMap(r -> r.askedPerEngineer().values().stream()).sorted()
                .toList();
        md.append(String.format(Locale.ROOT, "- Questions per engineer: median **%s**, fewest %d, most %d (cap %d)%n",
                median(perEngineer), perEngineer.isEmpty() ? 0 : perEngineer.get(0),
                perEngineer.isEmpty() ? 0 : perEngineer.get(perEngineer.size() - 1),
                ScriptedInterview.PACING.maxQuestionsPerEngineer()));
        md.append("- Coverage when the interview ended (what people are shown): ").append(results.stream()
                .map(r -> r.caseName() + " " + r.coverage() + "% (" + (r.enough() ? "enough" : "not enough") + ", "
                        + r.stop().replace("GATHERED: ", "") + ")")
                .collect(Collectors.joining("; "))).append('\n');
        md.append("- *Enough* means coverage ≥ 70%; an interview that ends below it ends because the budget "
                + "was spent or nothing worth asking was left, and its open topics are listed as assumptions in "
                + "the summary back.\n");

        md.append("\n## Results\n\n");
        md.append("| case | E1 | E2 | E3 | total | bank | gap | follow-up | contradiction | `not sure` "
                + "| coverage start → end | enough | components | flows | facts | contradictions raised | stopped |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|\n");
        for (InterviewResult r : results) {
            md.append(String.format(Locale.ROOT,
                    "| %s | %s | %d | %d | %d | %d | %d | %d | %d%% → %d%% | %s | %d | %d | %d | %d | %s |%n",
                    r.caseName(), perEngineer(r), r.total(), r.bank(), r.gap(), r.followUp(), r.conflict(),
                    r.unsureAnswers(), r.coverageAtStart(), r.coverage(), r.enough() ? "yes" : "no",
                    r.components(), r.flows(), r.facts(), r.contradictionsRaised(), stop(r)));
        }
        md.append("\nCounts are questions put to an engineer (posted in the thread), including each engineer's "
                + "ownership question and copies passed on after a `not sure`. *bank* = the starter question bank, "
                + "*gap* = `gap:` topics from the coverage judge, *follow-up* = `followup:` after a vague answer, "
                + "*contradiction* = `conflict:` questions asked; *contradictions raised* also counts ones still "
                + "queued at the end. *coverage* is `Coverage.of(context).percent()` after the start form and at "
                + "the end; *enough* is the judge's `Judge.of(session).enough()` at the end. Components, flows and facts are the "
                + "final context model's.\n");

        md.append("\n### Per case\n\n");
        md.append("| case | doc sections given / held back | sentences held back | coverage with the whole doc "
                + "pasted (enough?) | topics open / all at end "
                + "| open topics never asked | same question to another engineer | contradiction questions about "
                + "an already superseded fact | contradictions within one message | simulated time | wall time |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (InterviewResult r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %d / %d | %d | %d%% (%s) | %d / %d | %d | %d | %d | %d | %s | %d ms |%n",
                    r.caseName(), r.sectionsGiven(), r.sectionsHeldBack(), r.sentencesHeldBack(),
                    r.wholeDocCoverage(), r.wholeDocEnough() ? "yes" : "no", r.openTopics(),
                    r.topics(), r.gapTopicsNeverAsked(), r.repeatedTopics(), r.staleContradictions(),
                    r.selfContradictions(), hm(r.simulated()), r.wallMillis()));
        }
        md.append("\n*Same question to another engineer*: questions (ownership aside) whose bank entry or topic "
                + "had already been put to someone else, mostly because a `not sure` passes it on. *Superseded*: "
                + "a disagreement question asked when one of its two facts had already lost an earlier one. "
                + "*Within one message*: both facts come from the same answer or doc section. *Coverage with the "
                + "whole doc pasted* is the judge's rating of a start form carrying all of design.md: what the "
                + "offline engine can read from the text the engineers answer from, before anyone is asked.\n");
        md.append("\nBiggest topics still open at the end (weight, rating):\n\n");
        for (InterviewResult r : results) {
            md.append("- **").append(r.caseName()).append("**: ")
                    .append(r.remainingGaps().isEmpty() ? "none" : String.join("; ", r.remainingGaps()))
                    .append('\n');
        }

        md.append('\n').append(METHOD.formatted(ScriptedInterview.START, ScriptedInterview.THINKING.toMinutes(),
                cap));
        return md.toString();
    }

    private static String median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return "0";
        }
        int n = sorted.size();
        return n % 2 == 1 ? String.valueOf(sorted.get(n / 2))
                : String.format(Locale.ROOT, "%.1f", (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    }

    private static String perEngineer(InterviewResult r) {
        return ScriptedInterview.ENGINEERS.stream().map(e -> String.valueOf(r.askedPerEngineer().getOrDefault(e, 0)))
                .collect(Collectors.joining(" | "));
    }

    private static String stop(InterviewResult r) {
        return r.stop().startsWith("cap") ? "**" + r.stop() + "**" : r.stop();
    }

    private static String hm(Duration d) {
        return String.format(Locale.ROOT, "%dh%02dm", d.toHours(), d.toMinutesPart());
    }

    private static final String METHOD = """
            ## Method

            For each `eval/cases/<case>/design.md`, the document is cut with `DocSections.split`; the
            first half of its sections (rounded down) is pasted into the start form as the design doc, the rest
            is held back. A whole interview then runs in process through `ProcessEvent`, exactly as the
            service drives it, over `InMemorySessionStore` and `FakeChat`, with the packaged question bank and
            the offline fact extractor, pacing `REMINDER_AFTER=PT24H`, `MAX_REMINDERS=2`,
            `QUESTIONS_PER_DAY=1000`, every day allowed, and a clock starting at %s that moves %d minutes per
            reply (so the daily budget and reminders never get in the way).

            Three scripted engineers, E1–E3, all know the same thing: the held-back sections, as sentences
            (fenced code and headings left out; list items and table rows stand alone). Nothing from
            `ground_truth.json` is used. Whichever engineer has an open question answers it at once, in turn
            E1 → E2 → E3. A disagreement question ("Which is accurate?") is answered `1`. Any other question is
            answered with the 1–3 held-back sentences that share most content words with the question's topic
            and text, a word of the subject's name (the part or flow a gap/follow-up question is about) counting
            three times; ties go to the earlier sentence, and a second or third sentence is added only if it
            scores at least half of the best. An engineer never repeats a sentence they already said (two
            engineers may say the same one); with nothing scoring above zero the answer is `not sure`, which
            the bot passes to a colleague. Replies carry increasing Slack-like ids later than the question's.

            The interview ends when the session leaves INTERVIEWING (it is GATHERED when no question is open
            or queued any more: *enough*, the budget of `MAX_QUESTIONS_PER_ENGINEER` spent, or nothing left
            worth asking), when no engineer has an open question and no next-question job is due
            (*stalled*), or at the bench's own cap of %d questions per interview.

            ## Caveats

            - Offline engine only: what is learnt from an answer is what the catalogue and security patterns
              recognise in it, read in the context of the question asked (what it says about no part in
              particular is about the question's subject), plus the all-MiniLM-L6-v2 topic matcher, which keeps
              an answer that talks about the asked topic in other words as a description. No LLM.
            - The judge says enough on coverage alone (`Judge.of(session).enough()`: the weighted coverage
              people are shown, known topics counting fully and partly known ones half, is 70%%+). Below that,
              the interview ends when every engineer's budget is spent or no part worth asking about is left
              (parts named once with no data flow weigh a third and are not asked about); the open topics
              then go to the summary back as assumptions. Questions group the open topics of one part.
            - The scripted engineers are word matchers over the design text: they answer as well as the
              document happens to phrase things near the question's words, they never volunteer, never
              mention the part by name unless the document does, and never disagree with the document. Real
              engineers would do better and worse in other ways; the numbers are for comparing versions of the
              interviewer on the same script, not a forecast of real interviews.
            - Everything is deterministic: the same code and cases give the same table.
            """;
}
