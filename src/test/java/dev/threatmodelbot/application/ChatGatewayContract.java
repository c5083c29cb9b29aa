package dev.threatmodelbot.application;

import dev.threatmodelbot.application.port.ChatException;
import dev.threatmodelbot.application.port.ChatGateway;
import dev.threatmodelbot.application.port.SharedFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.context.ContextModel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every surface's {@link ChatGateway} must do; run against each surface. */
public abstract class ChatGatewayContract {

    protected abstract ChatGateway gateway();

    /** The channel sessions of this surface are started in. */
    protected abstract ConversationAddress channel();

    /** How many times the surface shows a message whose text contains {@code text}. */
    protected abstract long shown(String text);

    /**
     * How many times the surface shows {@code text} inside the structured view of a draft's root or threat
     * (a card, blocks) rather than in a message's text alone.
     */
    protected abstract long shownInView(String text);

    /** How many times the surface shows a message containing {@code text} to {@code user} alone (a private note, a DM). */
    protected abstract long shownOnlyTo(String user, String text);

    /** Delivers {@code m} of {@code s} as the core does: where it goes worked out first. */
    private String deliver(Session s, Outbound m) {
        return gateway().deliver(dev.threatmodelbot.application.chat.Delivery.of(s, m));
    }

    protected Session session() {
        return new Session(SessionId.random(new java.util.Random(), 6), "Payments", channel(), "UREQ", "ULEAD",
                List.of("UALICE"), "", Optional.empty(), Optional.empty(), SessionState.INTERVIEWING,
                Instant.parse("2026-11-18T10:00:00Z"), Optional.empty(), Optional.empty(), List.of(), List.of(),
                List.of(), List.of(), List.of(), ContextModel.EMPTY, List.of(), null, null);
    }

    private Session kickedOff() {
        Session s = session();
        String kickoff = deliver(s, Outbound.kickoff());
        assertThat(kickoff).isNotBlank();
        return s.withKickoff(kickoff);
    }

    @Test
    void should_post_a_kickoff_and_replies_in_its_thread() {
        Session s = kickedOff();
        String reply = deliver(s, Outbound.thread("hello", "Hello {@UALICE}, the first contract reply"));

        assertThat(reply).isNotBlank().isNotEqualTo(s.kickoffId().orElseThrow());
        assertThat(shown("the first contract reply")).isEqualTo(1);
    }

    @Test
    void should_find_an_earlier_delivery_instead_of_showing_a_message_twice() {
        Session s = kickedOff();
        Outbound m = Outbound.thread("retried", "A reply that is delivered again after a crash");
        String first = deliver(s, m);
        String again = deliver(s, m.markAttempted());

        assertThat(again).isEqualTo(first);
        assertThat(shown("delivered again after a crash")).isEqualTo(1);
    }

    @Test
    void should_update_the_kickoff_in_place() {
        Session s = kickedOff();

        assertThat(deliver(s, Outbound.kickoffUpdate())).isEqualTo(s.kickoffId().orElseThrow());
    }

    @Test
    void should_attach_a_picture_to_the_thread_and_link_to_messages() {
        Session s = kickedOff();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

        assertThat(gateway().attach(dev.threatmodelbot.application.chat.Delivery.of(s, Outbound.diagram("diagram", "Data-flow diagram")), "data-flow.png", png))
                .isNotBlank();
        assertThat(gateway().permalink(s.channel(), s.kickoffId().orElseThrow(), Optional.empty())).startsWith("http");
    }

    @Test
    void should_refuse_a_file_it_cannot_hand_over() {
        Session s = kickedOff();
        ChatException e = catchThrowableOfType(ChatException.class, () -> gateway().download(s.channel(),
                new SharedFile("F-GONE", "design.md", "text/markdown", "md", 10, "/nowhere/F-GONE")));

        assertThat(e).isNotNull();
        assertThat(e.retriable()).as("a file that is gone stays gone").isFalse();
    }

    @Test
    void should_post_a_draft_root_its_threats_in_its_thread_and_update_both_in_place() {
        Session s = kickedOff();
        dev.threatmodelbot.domain.threat.Draft draft = LongSessions.draft();
        Session drafted = s.withDraft(new dev.threatmodelbot.domain.threat.Draft(1, draft.draftedAt(), Optional.empty(),
                draft.threats().stream().map(t -> new dev.threatmodelbot.domain.threat.DraftedThreat(t.number(), t.threat(),
                        Optional.empty(), t.decisions())).toList()));
        String root = deliver(drafted, Outbound.draftRoot(1, "Draft threat model v1 for the contract"));
        Session rooted = drafted.withDraft(drafted.draft().orElseThrow().withRoot(root));
        String threat = deliver(rooted, Outbound.draftThreat(1, 1, "#1 · HIGH · the contract's threat"));
        Session posted = rooted.withDraft(rooted.draft().orElseThrow().changing(1, t -> t.posted(threat)));

        assertThat(root).isNotBlank();
        assertThat(threat).isNotBlank().isNotEqualTo(root);
        assertThat(shown("the contract's threat")).isEqualTo(1);
        assertThat(shownInView("Token replay")).as("threat #1 laid out from its view").isEqualTo(1);
        assertThat(shownInView("Draft threat model v1 — Payments")).as("the root laid out from its view").isEqualTo(1);
        assertThat(deliver(posted, Outbound.draftRootUpdate(1, "Draft threat model v1: 1 approved"))).isEqualTo(root);
        Session amended = posted.withDraft(posted.draft().orElseThrow().changing(1, t -> t.amended(
                new dev.threatmodelbot.domain.threat.Amendment(dev.threatmodelbot.domain.threat.Amendment.Field.TITLE,
                        "Session token replayed from a shared laptop", "ULEAD", Instant.parse("2026-11-18T11:00:00Z"),
                        "m1"))));
        assertThat(deliver(amended, Outbound.draftThreatUpdate("t1", "amended", "#1 · LOW · amended")))
                .isEqualTo(threat);
        assertThat(shownInView("Session token replayed from a shared laptop")).as("the update re-laid out").isEqualTo(1);
    }

    @Test
    void should_say_a_private_note_to_one_person_only_where_the_surface_can() {
        Session s = kickedOff();
        Session rooted = s.withDraft(new dev.threatmodelbot.domain.threat.Draft(1, Instant.parse("2026-11-18T10:00:00Z"),
                Optional.empty(), List.of()));
        String root = deliver(rooted, Outbound.draftRoot(1, "Draft for a private note"));
        Session withRoot = rooted.withDraft(rooted.draft().orElseThrow().withRoot(root));

        assertThat(deliver(withRoot, Outbound.ephemeral("e1", "UOUT", "Only the lead's reactions count")))
                .isNotBlank();
        assertThat(deliver(withRoot, Outbound.direct("d1", "UREQ", "I had to stop the interview"))).isNotBlank();
        assertThat(shownOnlyTo("UOUT", "Only the lead's reactions count")).isEqualTo(1);
        assertThat(shownOnlyTo("UREQ", "I had to stop the interview")).isEqualTo(1);
        assertThat(shownOnlyTo("UREQ", "Only the lead's reactions count")).isZero();
    }
}
