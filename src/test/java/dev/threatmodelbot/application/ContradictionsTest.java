package dev.threatmodelbot.application;

import dev.threatmodelbot.application.event.DraftRequested;
import dev.threatmodelbot.application.event.ReplyPosted;
import dev.threatmodelbot.application.event.StartRequested;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.adapter.offline.YamlQuestionBank;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Disagreements between the doc and engineers, put to the right person and settled by their reply. */
class ContradictionsTest {
    static final SessionId ID = new SessionId("TM-CNFX");
    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    static final String DOC = "# Payments\n## Networking\nThe Gateway calls Orders over mTLS.\n";

    final InMemorySessionStore store = new InMemorySessionStore();
    final FakeChat chat = new FakeChat();
    final ProcessEvent process = new ProcessEvent(store, chat, YamlQuestionBank.packaged(), FakeExtractor.engine(), (t, m) -> new byte[] {1},
            new Pacing(Duration.ofHours(24), 1, 5, EnumSet.allOf(DayOfWeek.class)), Clock.fixed(NOW, ZoneOffset.UTC));

    void start(String doc) {
        process.process(new StartRequested("start", ID, ConversationAddress.channel(Platform.SLACK, "T1", "C1"),
                "ULEAD", "Payments", List.of("UA", "UB"), "ULEAD", doc, Optional.empty(), Optional.empty(), NOW));
    }

    void reply(String user, String text) {
        process.process(new ReplyPosted("r-" + chat.nextId(), ID, user, text, chat.nextId(), NOW.plusSeconds(
                chat.delivered.size())));
    }

    Session session() {
        return store.find(ID).orElseThrow();
    }

    List<Fact> transport() {
        return session().context().factsAbout(FakeExtractor.FLOW, dev.threatmodelbot.domain.context.Property.TRANSPORT);
    }

    @Test
    void should_learn_the_doc_and_put_a_contradicting_answer_to_its_author_quoting_both() {
        start(DOC);
        assertThat(transport()).extracting(Fact::value).containsExactly("mtls");

        reply("UA", "the Gateway talks to Orders over plain HTTP inside the VPC");

        String asked = chat.texts().stream().filter(t -> t.contains("don't agree")).findFirst().orElseThrow();
        assertThat(asked).startsWith("{@UA}").contains("The design doc (§1 Networking) says")
                .contains("The Gateway calls Orders over mTLS.").contains("plain HTTP inside the VPC")
                .contains("{link:").contains("Reply `1` or `2`");
        assertThat(session().openQuestionFor("UA").orElseThrow().topic()).isEqualTo("Which is accurate?");
    }

    @Test
    void should_settle_by_number_superseding_the_losing_fact() {
        start(DOC);
        reply("UA", "the Gateway talks to Orders over plain HTTP");

        reply("UA", "2");

        assertThat(transport()).extracting(Fact::value, Fact::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("mtls", FactStatus.SUPERSEDED),
                org.assertj.core.groups.Tuple.tuple("plain", FactStatus.CONFIRMED));
        assertThat(chat.texts()).anyMatch(t -> t.startsWith("Thanks — noted") && t.contains("plain"));
        assertThat(session().openQuestionFor("UA").orElseThrow().topic()).isNotEqualTo("Which is accurate?");
    }

    @Test
    void should_ask_the_later_engineer_and_mention_the_earlier_one_when_engineers_disagree() {
        start("");
        reply("UA", "Gateway to Orders is plain");
        reply("UB", "Gateway to Orders uses mTLS");

        String asked = chat.texts().stream().filter(t -> t.contains("don't agree")).findFirst().orElseThrow();
        assertThat(asked).startsWith("{@UB} {@UA}");

        reply("UB", "not sure");

        assertThat(transport()).extracting(Fact::status).containsOnly(FactStatus.CONTRADICTED);
        assertThat(chat.texts()).anyMatch(t -> t.contains("open assumption"));
    }

    @Test
    void should_put_an_answer_that_contradicts_the_same_persons_earlier_answer_to_them_quoting_both() {
        start("");
        reply("UA", "Gateway to Orders is plain");
        String first = session().answers().get(0).messageId();

        reply("UA", "Gateway to Orders uses mTLS, we switched a while ago");

        String asked = chat.texts().stream().filter(t -> t.contains("don't agree")).findFirst().orElseThrow();
        assertThat(asked).startsWith("{@UA} I have two things").doesNotContain("{@UB}")
                .contains("{link:" + first + "|said}").contains("Gateway to Orders is plain")
                .contains("we switched a while ago");
        assertThat(session().openQuestionFor("UA").orElseThrow().topic()).isEqualTo("Which is accurate?");

        reply("UA", "2");

        assertThat(transport()).filteredOn(f -> f.value().equals("plain")).extracting(Fact::status)
                .containsOnly(FactStatus.SUPERSEDED);
        assertThat(transport()).filteredOn(f -> f.value().equals("mtls")).extracting(Fact::status)
                .containsOnly(FactStatus.CONFIRMED);
    }

    @Test
    void should_let_new_words_win_over_both() {
        start(DOC);
        reply("UA", "the Gateway talks to Orders over plain HTTP");

        reply("UA", "Actually it's mTLS since last month");

        assertThat(transport()).filteredOn(f -> f.status() == FactStatus.CONFIRMED).extracting(Fact::value)
                .containsOnly("mtls");
        assertThat(transport()).filteredOn(f -> f.value().equals("plain")).extracting(Fact::status)
                .containsOnly(FactStatus.SUPERSEDED);
    }

    @Test
    void should_wrap_up_on_the_leads_draft_only_and_then_take_corrections_into_the_model() {
        start(DOC);
        process.process(new DraftRequested("d1", ID, "UA", NOW));
        assertThat(session().state()).isEqualTo(dev.threatmodelbot.domain.SessionState.INTERVIEWING);

        process.process(new DraftRequested("d2", ID, "ULEAD", NOW));

        assertThat(session().state()).isEqualTo(dev.threatmodelbot.domain.SessionState.GATHERED);
        assertThat(session().questions()).noneMatch(q -> q.isOpen());
        assertThat(chat.texts()).anyMatch(t -> t.startsWith("*Here is what I understood about Payments*")
                && t.contains("Gateway → Orders — mtls"));

        reply("UB", "Correction: the Gateway calls Orders over plain HTTP these days");

        assertThat(transport()).filteredOn(f -> f.value().equals("mtls")).extracting(Fact::status)
                .containsOnly(FactStatus.SUPERSEDED);
        assertThat(transport()).filteredOn(f -> f.value().equals("plain")).extracting(Fact::status)
                .containsOnly(FactStatus.STATED);
        assertThat(session().comments()).hasSize(1);
    }
}
