package dev.threatmodelbot.bench;

import dev.threatmodelbot.adapter.offline.YamlQuestionBank;
import dev.threatmodelbot.application.FakeChat;
import dev.threatmodelbot.application.InMemorySessionStore;
import dev.threatmodelbot.application.event.Job;
import dev.threatmodelbot.application.event.JobDue;
import dev.threatmodelbot.application.Pacing;
import dev.threatmodelbot.application.ProcessEvent;
import dev.threatmodelbot.application.event.ReplyPosted;
import dev.threatmodelbot.application.event.StartRequested;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Coverage;
import dev.threatmodelbot.domain.context.DocSection;
import dev.threatmodelbot.domain.context.DocSections;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Topic;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One whole interview of one eval case, in process: the first half of the design doc's sections goes in
 * with the start form, three scripted engineers know the rest and answer every question put to them
 * until the session is GATHERED, nothing more can happen, or {@code cap} questions have been asked.
 */
final class ScriptedInterview {
    /**
     * The engine as the service runs it with this environment: offline (extractor, embeddings topic
     * matcher), plus the language model {@code LLM_PROVIDER} and its variables configure.
     */
    static final dev.threatmodelbot.application.port.Engine ENGINE =
            dev.threatmodelbot.bootstrap.Engines.fromEnvironment(System.getenv());

    static final List<String> ENGINEERS = List.of("E1", "E2", "E3");
    static final Instant START = Instant.parse("2026-11-18T09:30:00Z"); // a Wednesday, after the 09:00 start
    static final Duration THINKING = Duration.ofMinutes(2);
    private static final SessionId ID = new SessionId("TM-BNCH");
    /** The service's defaults for the cap per engineer; no daily budget or reminder gets in the way. */
    static final Pacing PACING = new Pacing(Duration.ofHours(24), 2, 1000, EnumSet.allOf(DayOfWeek.class));

    private ScriptedInterview() {}

    static InterviewResult run(String caseName, String design, int cap) {
        long began = System.nanoTime();
        List<DocSection> sections = DocSections.split(design);
        int given = sections.size() / 2;
        String doc = String.join("", sections.subList(0, given).stream().map(DocSection::text).toList());
        HeldBackKnowledge knowledge = HeldBackKnowledge.of(sections.subList(given, sections.size()));
        Map<String, ScriptedEngineer> engineers = new LinkedHashMap<>();
        ENGINEERS.forEach(e -> engineers.put(e, new ScriptedEngineer(e, knowledge)));

        InMemorySessionStore store = new InMemorySessionStore();
        FakeChat chat = new FakeChat();
        SteppingClock clock = new SteppingClock(START);
        ProcessEvent process = new ProcessEvent(store, chat, YamlQuestionBank.packaged(),
                ENGINE, (title, model) -> new byte[0], PACING, clock);

        process.process(new StartRequested("bench-start", ID,
                ConversationAddress.channel(Platform.SLACK, "TBENCH", "CBENCH"), "ULEAD", caseName, ENGINEERS,
                "ULEAD", doc, Optional.empty(), Optional.empty(), clock.instant()));
        int coverageAtStart = Coverage.of(session(store).context()).percent();
        Coverage wholeDoc = wholeDocCoverage(caseName, design);

        List<String> transcript = new ArrayList<>();
        Set<String> firedJobs = new HashSet<>();
        long reply = 0;
        int turn = 0;
        int stale = 0;
        int self = 0;
        String stop;
        while (true) {
            Session s = session(store);
            if (s.state() != SessionState.INTERVIEWING) {
                stop = s.state().name();
                break;
            }
            if (asked(s) >= cap) {
                stop = "cap of " + cap + " questions";
                break;
            }
            Optional<Question> open = Optional.empty();
            for (int i = 0; i < ENGINEERS.size() && open.isEmpty(); i++) {
                open = s.openQuestionFor(ENGINEERS.get((turn + i) % ENGINEERS.size()));
            }
            if (open.isEmpty()) {
                Optional<Job> due = store.jobs.stream()
                        .filter(j -> j.kind() == Job.Kind.NEXT_QUESTION && !firedJobs.contains(j.id()))
                        .min(Comparator.comparing(Job::due));
                if (due.isEmpty()) {
                    stop = "stalled: nobody has an open question and nothing is scheduled";
                    break;
                }
                firedJobs.add(due.get().id());
                clock.advanceTo(due.get().due());
                process.process(JobDue.of(due.get()));
                continue;
            }
            Question q = open.get();
            turn = ENGINEERS.indexOf(q.askedTo()) + 1;
            if (q.bankId().startsWith("conflict:")) {
                String[] ids = q.bankId().substring("conflict:".length()).split("\\|", 2);
                List<Fact> pair = Stream.of(ids).map(id -> s.context().fact(id)).flatMap(Optional::stream).toList();
                stale += pair.stream().anyMatch(f -> f.status() == FactStatus.SUPERSEDED) ? 1 : 0;
                self += pair.size() == 2 && pair.get(0).source().equals(pair.get(1).source()) ? 1 : 0;
            }
            String answer = engineers.get(q.askedTo()).answer(q);
            transcript.add(String.format(Locale.ROOT, "%s %s %s [%s]%n    asked: %s%n    → %s", q.id(), q.askedTo(),
                    q.bankId(), q.topic(), abbreviate(q.text(), 2000), abbreviate(answer, 1000)));
            clock.advance(THINKING);
            reply++;
            process.process(new ReplyPosted("bench-reply-" + reply, ID, q.askedTo(), answer,
                    String.format(Locale.ROOT, "1800000000.%06d", reply), clock.instant()));
        }

        Session s = session(store);
        ContextModel m = s.context();
        Coverage coverage = dev.threatmodelbot.application.interview.Judge.of(s);
        Map<String, Integer> perEngineer = new LinkedHashMap<>();
        for (String e : s.engineers()) {
            perEngineer.put(e, (int) s.questions().stream().filter(q -> wasAsked(q) && q.askedTo().equals(e)).count());
        }
        List<Question> asked = s.questions().stream().filter(ScriptedInterview::wasAsked).toList();
        List<String> gaps = coverage.gaps().stream().limit(8).map(ScriptedInterview::gap).toList();
        Set<String> askedIds = asked.stream().filter(q -> q.bankId().startsWith("gap:"))
                .flatMap(q -> Stream.of(q.bankId().substring("gap:".length()).split("\\|")))
                .collect(Collectors.toSet());
        int neverAsked = (int) coverage.gaps().stream().filter(t -> !askedIds.contains(t.key())).count();
        if (stop.equals(SessionState.GATHERED.name())) {
            stop = coverage.enough() ? "GATHERED: enough"
                    : perEngineer.values().stream().anyMatch(n -> n >= PACING.maxQuestionsPerEngineer())
                    ? "GATHERED: budget spent" : "GATHERED: nothing left worth asking";
        }
        int repeated = (int) (asked.stream().filter(q -> !q.bankId().equals("ownership")).count()
                - asked.stream().map(Question::bankId).filter(id -> !id.equals("ownership")).distinct().count());
        return new InterviewResult(caseName, given, sections.size() - given, knowledge.sentences().size(),
                perEngineer,
                count(asked, q -> !q.bankId().contains(":")),
                count(asked, q -> q.bankId().startsWith("gap:")),
                count(asked, q -> q.bankId().startsWith("followup:")),
                count(asked, q -> q.bankId().startsWith("conflict:")),
                engineers.values().stream().mapToInt(ScriptedEngineer::unsureAnswers).sum(),
                coverageAtStart, coverage.percent(), coverage.enough(), wholeDoc.percent(), wholeDoc.enough(),
                m.components().size(), m.flows().size(), m.facts().size(),
                (int) s.questions().stream().filter(q -> q.bankId().startsWith("conflict:")).count(),
                stale, self, repeated, coverage.topics().size(), coverage.gaps().size(), neverAsked,
                stop, Duration.between(START, clock.instant()), (System.nanoTime() - began) / 1_000_000,
                gaps, transcript);
    }

    /** The ceiling of the script: the same start, had the whole design doc been pasted into the form. */
    private static Coverage wholeDocCoverage(String caseName, String design) {
        InMemorySessionStore store = new InMemorySessionStore();
        new ProcessEvent(store, new FakeChat(), YamlQuestionBank.packaged(), ENGINE,
                (title, model) -> new byte[0], new Pacing(Duration.ofHours(24), 2, 1000,
                        EnumSet.allOf(DayOfWeek.class)), new SteppingClock(START))
                .process(new StartRequested("bench-whole", ID,
                        ConversationAddress.channel(Platform.SLACK, "TBENCH", "CBENCH"), "ULEAD", caseName,
                        ENGINEERS, "ULEAD", design, Optional.empty(), Optional.empty(), START));
        return Coverage.of(session(store).context());
    }

    private static Session session(InMemorySessionStore store) {
        return store.find(ID).orElseThrow();
    }

    /** Put to its engineer at some point (open now or closed since), hand-over copies included. */
    private static boolean wasAsked(Question q) {
        return q.askedAt().isPresent();
    }

    private static int asked(Session s) {
        return (int) s.questions().stream().filter(ScriptedInterview::wasAsked).count();
    }

    private static int count(List<Question> qs, java.util.function.Predicate<Question> p) {
        return (int) qs.stream().filter(p).count();
    }

    private static String gap(Topic t) {
        return t.subjectName() + " · " + t.property().words() + " (" + t.weight() + ", "
                + t.rating().name().toLowerCase(Locale.ROOT) + ")";
    }

    static String abbreviate(String s, int max) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
