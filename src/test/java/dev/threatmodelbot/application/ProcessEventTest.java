package dev.threatmodelbot.application;

import dev.threatmodelbot.application.interview.Contradictions;
import dev.threatmodelbot.application.event.ChoicePicked;
import dev.threatmodelbot.application.event.Job;
import dev.threatmodelbot.application.event.JobDue;
import dev.threatmodelbot.application.event.ReplyPosted;
import dev.threatmodelbot.application.event.StartRequested;
import dev.threatmodelbot.application.port.ChatException;
import dev.threatmodelbot.application.port.Engine;
import dev.threatmodelbot.application.port.QuestionBank;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.adapter.offline.YamlQuestionBank;
import dev.threatmodelbot.domain.BankQuestion;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.QuestionStatus;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Source;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The interview rules over in-memory ports: no Slack, no Redis. */
class ProcessEventTest {
    static final SessionId ID = new SessionId("TM-ABCD");
    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    final InMemorySessionStore store = new InMemorySessionStore();
    final FakeChat chat = new FakeChat();
    final Pacing pacing = new Pacing(Duration.ofHours(24), 1, 5, EnumSet.allOf(DayOfWeek.class));
    QuestionBank bank = YamlQuestionBank.packaged();
    Engine engine = FakeExtractor.engine();

    ProcessEvent process() {
        return new ProcessEvent(store, chat, bank, engine, (t, m) -> new byte[] {1}, pacing, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    Session start(List<String> engineers) {
        process().process(new StartRequested("start", ID, ConversationAddress.channel(Platform.SLACK, "T1", "C1"),
                "ULEAD", "Payments", engineers, "ULEAD", "", Optional.empty(), Optional.empty(), NOW));
        return session();
    }

    Session session() {
        return store.find(ID).orElseThrow();
    }

    void reply(String user, String text) {
        process().process(new ReplyPosted("r-" + chat.nextId() + user, ID, user, text, chat.nextId(), NOW));
    }

    @Test
    void should_post_kickoff_welcome_and_one_open_question_per_engineer() {
        Session s = start(List.of("UA", "UB"));

        assertThat(chat.delivered).extracting(Outbound::kind).startsWith(Outbound.Kind.KICKOFF, Outbound.Kind.THREAD);
        assertThat(s.openQuestionFor("UA")).map(q -> q.bankId()).contains("ownership");
        assertThat(s.openQuestionFor("UB")).map(q -> q.bankId()).contains("ownership");
        assertThat(s.outbox()).isEmpty();
        assertThat(store.jobs).extracting(Job::kind).containsOnly(Job.Kind.REMIND);
    }

    @Test
    void should_offer_a_question_someone_is_unsure_about_to_a_colleague_never_to_the_same_person() {
        start(List.of("UA", "UB"));
        reply("UA", "checkout");
        String topic = session().openQuestionFor("UA").orElseThrow().bankId();

        reply("UA", "not sure");

        Session s = session();
        assertThat(s.questions()).anyMatch(q -> q.askedTo().equals("UB") && q.bankId().equals(topic));
        assertThat(s.questions().stream().filter(q -> q.askedTo().equals("UA") && q.bankId().equals(topic)))
                .hasSize(1);
    }

    @Test
    void should_not_take_a_reply_written_before_the_question_as_its_answer() {
        start(List.of("UA"));
        reply("UA", "checkout");
        String questionId = session().openQuestionFor("UA").orElseThrow().messageId().orElseThrow();

        process().process(new ReplyPosted("late", ID, "UA", "and the refunds worker", "1600000000.000001", NOW));

        Session s = session();
        assertThat(s.answers()).extracting(a -> a.text()).containsExactly("checkout", "and the refunds worker");
        assertThat(s.answers().get(1).questionId()).isEqualTo(s.answers().get(0).questionId());
        assertThat(s.openQuestionFor("UA").orElseThrow().messageId()).contains(questionId);
    }

    @Test
    void should_finish_the_interview_when_every_question_is_closed() {
        bank = () -> List.of(new BankQuestion("ownership", "Yours", "What do you own?", true),
                new BankQuestion("data", "Data", "What data?", false));
        start(List.of("UA"));

        reply("UA", "checkout");
        for (int i = 0; i < 20 && session().state() == SessionState.INTERVIEWING; i++) {
            reply("UA", "skip"); // the bank's question, then each open topic of the threat model once
        }

        assertThat(session().state()).isEqualTo(SessionState.GATHERED);
        assertThat(chat.texts()).anyMatch(t -> t.contains("That's all my questions"));
        assertThat(chat.texts()).anyMatch(t -> t.startsWith("*Here is what I understood about Payments*")
                && t.contains("*Open assumptions*") && t.contains("sensitive data: asked, no answer"));
        assertThat(chat.delivered).last().extracting(Outbound::kind).isEqualTo(Outbound.Kind.DIAGRAM);
        assertThat(session().questions()).extracting(q -> q.bankId()).doesNotHaveDuplicates()
                .anyMatch(id -> id.startsWith("gap:system:DATA_CLASSIFICATION|"));
    }

    @Test
    void should_remind_once_then_escalate_and_ignore_stale_jobs() {
        start(List.of("UA"));
        String q = session().openQuestionFor("UA").orElseThrow().id();

        process().process(JobDue.of(new Job(Job.Kind.REMIND, ID, q, 1, NOW)));
        process().process(JobDue.of(new Job(Job.Kind.REMIND, ID, q, 1, NOW.plusSeconds(1)))); // stale round
        process().process(JobDue.of(new Job(Job.Kind.REMIND, ID, q, 2, NOW)));

        assertThat(chat.texts().stream().filter(t -> t.contains("gentle nudge"))).hasSize(1);
        assertThat(chat.texts().stream().filter(t -> t.startsWith("{@ULEAD} {@UA} hasn't answered"))).hasSize(1);
    }

    @Test
    void should_apply_a_redelivered_event_once() {
        start(List.of("UA"));
        ReplyPosted r = new ReplyPosted("same", ID, "UA", "checkout", chat.nextId(), NOW);

        process().process(r);
        process().process(r);

        assertThat(session().answers()).hasSize(1);
    }

    @Test
    void should_tell_the_requester_when_the_channel_cannot_be_reached() {
        chat.refuseKickoff("not_in_channel");

        Session s = start(List.of("UA"));

        assertThat(s.state()).isEqualTo(SessionState.CANCELLED);
        assertThat(chat.delivered).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Outbound.Kind.DIRECT);
            assertThat(m.toUser()).contains("ULEAD");
            assertThat(m.text()).contains("/invite");
        });
        assertThat(s.questions()).allMatch(q -> q.status() == QuestionStatus.WITHDRAWN);
    }

    @Test
    void should_not_hand_a_question_back_to_someone_who_already_had_it() {
        bank = () -> List.of(new BankQuestion("ownership", "Yours", "What do you own?", true),
                new BankQuestion("data", "Data", "What data?", false, List.of("PARTS")));
        start(List.of("UA", "UB"));
        reply("UA", "checkout");  // UA now has "data"
        reply("UA", "not sure");  // "data" goes on to UB
        reply("UB", "exports");   // UB's ownership answered; UB now has "data"
        assertThat(session().openQuestionFor("UB")).map(q -> q.bankId()).contains("data");

        reply("UB", "ask {@UA}");

        assertThat(session().openQuestionFor("UB")).map(q -> q.bankId()).contains("data");
        assertThat(chat.texts()).anyMatch(t -> t.startsWith("{@UB} {@UA} has already had this question"));
    }

    @Test
    void should_route_gap_questions_to_the_owner_and_follow_up_once_on_a_vague_answer() {
        bank = () -> List.of(new BankQuestion("ownership", "Yours", "What do you own?", true));
        start(List.of("UA", "UB"));

        reply("UA", "I own the gateway");
        reply("UB", "the exports");

        assertThat(session().openQuestionFor("UA").orElseThrow().bankId())
                .startsWith("gap:gateway:AUTHENTICATION|gateway:EXPOSURE|gateway->orders:TRANSPORT");
        assertThat(session().openQuestionFor("UB").orElseThrow().bankId()).startsWith("gap:system:DATA_CLASSIFICATION|");
        assertThat(session().openQuestionFor("UA").orElseThrow().text()).contains("prove who they are")
                .contains("Is its connection to *Orders* encrypted");

        reply("UA", "it's secure");

        assertThat(session().openQuestionFor("UA")).map(q -> q.bankId())
                .contains("followup:gateway:AUTHENTICATION");
        reply("UA", "really, it is secure");
        assertThat(session().openQuestionFor("UA")).map(q -> q.bankId()).get().asString()
                .doesNotContain("gateway:AUTHENTICATION");
    }

    @Test
    void should_wrap_up_with_the_summary_when_the_deadline_passes() {
        process().process(new StartRequested("start", ID, ConversationAddress.channel(Platform.SLACK, "T1", "C1"),
                "ULEAD", "Payments", List.of("UA"), "ULEAD", "", Optional.empty(),
                Optional.of(java.time.LocalDate.of(2026, 11, 20)), NOW));
        Job deadline = store.jobs.stream().filter(j -> j.kind() == Job.Kind.DEADLINE).findFirst().orElseThrow();
        assertThat(deadline.due()).isEqualTo(Instant.parse("2026-11-20T23:59:00Z"));

        process().process(JobDue.of(deadline));

        assertThat(session().state()).isEqualTo(SessionState.GATHERED);
        assertThat(session().questions()).noneMatch(q -> q.isOpen());
        assertThat(chat.texts()).anyMatch(t -> t.startsWith("The deadline has come"));
        assertThat(chat.delivered).anyMatch(m -> m.kind() == Outbound.Kind.DIAGRAM);
    }

    @Test
    void should_offer_answer_buttons_on_closed_questions_and_record_a_pick_as_a_sentence_once() {
        bank = () -> List.of(new BankQuestion("ownership", "Yours", "What do you own?", true));
        engine = Engine.offline(ProcessEventTest::gatewayAndProvider, (name, type, bytes) -> Optional.empty());
        start(List.of("UA"));
        reply("UA", "I own the gateway");
        assertThat(session().openQuestionFor("UA").orElseThrow().bankId()).startsWith("gap:gateway:");
        assertThat(chat.delivered).last().extracting(Outbound::options).asList().isEmpty(); // several points
        reply("UA", "skip");
        Question exposure = session().openQuestionFor("UA").orElseThrow();
        assertThat(exposure.bankId()).isEqualTo("gap:stripe:EXPOSURE");
        assertThat(chat.delivered).filteredOn(m -> m.questionId().equals(Optional.of(exposure.id())))
                .singleElement().extracting(Outbound::options).asList()
                .containsExactly("From the internet", "Company network / VPN only", "Only other services", "Not sure");

        ChoicePicked pick = new ChoicePicked("pick-1", ID, "UA", exposure.id(), 0, chat.nextId(), NOW);
        process().process(pick);
        process().process(new ChoicePicked("pick-2", ID, "UA", exposure.id(), 2, chat.nextId(), NOW)); // stale

        assertThat(session().answers()).filteredOn(a -> a.questionId().equals(exposure.id()))
                .extracting(a -> a.text()).containsExactly("Stripe is publicly accessible from the internet.");
        assertThat(session().question(exposure.id()).orElseThrow().status()).isEqualTo(QuestionStatus.ANSWERED);
    }

    /** The gateway and an outside payment provider it calls: the provider has one topic, who can reach it. */
    private static ContextModel gatewayAndProvider(String text, Source source, ContextModel known) {
        if (!text.toLowerCase(java.util.Locale.ROOT).contains("gateway")) {
            return ContextModel.EMPTY;
        }
        return new ContextModel(List.of(new Component("gateway", "Gateway", ComponentKind.API_GATEWAY, "",
                        List.of(source)), new Component("stripe", "Stripe", ComponentKind.EXTERNAL_SERVICE, "",
                        List.of(source))),
                List.of(new DataFlow(DataFlow.idOf("gateway", "stripe"), "gateway", "stripe", text, List.of(source))),
                List.of());
    }

    @Test
    void should_ask_one_disagreement_on_a_point_once_for_everyone_and_settle_it_with_one_answer() {
        bank = () -> List.of(new BankQuestion("ownership", "Yours", "What do you own?", true));
        process().process(new StartRequested("start", ID, ConversationAddress.channel(Platform.SLACK, "T1", "C1"),
                "ULEAD", "Payments", List.of("UA", "UB"), "ULEAD", "The gateway calls orders over mTLS.",
                Optional.empty(), Optional.empty(), NOW));

        reply("UA", "the gateway; it talks plain http to orders");
        reply("UB", "gateway, and honestly that traffic is plain");

        // one question about the point, quoting both engineers against the doc
        assertThat(session().questions()).filteredOn(Contradictions::isContradiction).singleElement()
                .satisfies(q -> assertThat(q.text()).contains("{@UA}").contains("{@UB}"));
        assertThat(session().openQuestionFor("UA")).map(Question::bankId).get().asString().startsWith("conflict:");
        assertThat(session().openQuestionFor("UB")).map(Question::bankId).get().asString()
                .doesNotStartWith("conflict:");

        reply("UA", "2"); // plain, as UA and UB said: the doc's mTLS loses

        assertThat(session().questions()).filteredOn(Contradictions::isContradiction)
                .extracting(Question::status).containsExactly(QuestionStatus.ANSWERED);
        assertThat(session().context().facts()).filteredOn(f -> f.value().equals("mtls"))
                .extracting(f -> f.status()).containsOnly(dev.threatmodelbot.domain.context.FactStatus.SUPERSEDED);
    }

    @Test
    void should_stop_and_tell_the_requester_when_the_channel_goes_away_mid_interview() {
        start(List.of("UA"));
        chat.refuseThreadPosts(new ChatException("is_archived", false, true, null));

        reply("UA", "checkout");

        assertThat(session().state()).isEqualTo(SessionState.CANCELLED);
        assertThat(chat.delivered).last().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Outbound.Kind.DIRECT);
            assertThat(m.text()).contains("no longer post");
        });
    }

    @Test
    void should_keep_unprompted_questions_for_an_allowed_morning() {
        start(List.of("UA", "UB"));
        reply("UB", "exports");
        // UB has been asked before, has no open question and one still to ask
        store.save(session().withQuestions(qs -> {
            qs.replaceAll(q -> q.askedTo().equals("UB") && q.isOpen() ? q.withStatus(QuestionStatus.QUEUED) : q);
            return qs;
        }), List.of());
        Instant saturday = Instant.parse("2026-11-21T15:00:00Z");
        Pacing weekdays = new Pacing(Duration.ofHours(24), 1, 5, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        ProcessEvent weekend = new ProcessEvent(store, chat, bank, FakeExtractor.engine(), (t, m) -> new byte[] {1}, weekdays,
                Clock.fixed(saturday, ZoneOffset.UTC));
        int before = chat.delivered.size();

        weekend.process(JobDue.of(new Job(Job.Kind.NEXT_QUESTION, ID, "UB", 1, saturday)));

        assertThat(chat.delivered).hasSize(before);
        assertThat(session().openQuestionFor("UB")).isEmpty();
        assertThat(store.jobs).anyMatch(j -> j.kind() == Job.Kind.NEXT_QUESTION && j.target().equals("UB")
                && j.due().equals(Instant.parse("2026-11-23T09:00:00Z")));
    }

    @Test
    void should_let_an_engineer_hand_a_question_to_a_new_person_who_then_joins() {
        start(List.of("UA"));
        reply("UA", "ask {@UDAVE}");

        Session s = session();
        assertThat(s.engineers()).containsExactly("UA", "UDAVE");
        assertThat(s.openQuestionFor("UDAVE")).map(q -> q.bankId()).contains("ownership");
        assertThat(s.openQuestionFor("UDAVE").orElseThrow().handedOverBy()).contains("UA");
    }
}
