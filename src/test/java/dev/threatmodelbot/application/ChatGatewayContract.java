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

    protected Session session() {
        return new Session(SessionId.random(new java.util.Random(), 6), "Payments", channel(), "UREQ", "ULEAD",
                List.of("UALICE"), "", Optional.empty(), Optional.empty(), SessionState.INTERVIEWING,
                Instant.parse("2026-11-18T10:00:00Z"), Optional.empty(), Optional.empty(), List.of(), List.of(),
                List.of(), List.of(), List.of(), ContextModel.EMPTY, List.of(), null, null);
    }

    private Session kickedOff() {
        Session s = session();
        String kickoff = gateway().deliver(s, Outbound.kickoff());
        assertThat(kickoff).isNotBlank();
        return s.withKickoff(kickoff);
    }

    @Test
    void should_post_a_kickoff_and_replies_in_its_thread() {
        Session s = kickedOff();
        String reply = gateway().deliver(s, Outbound.thread("hello", "Hello {@UALICE}, the first contract reply"));

        assertThat(reply).isNotBlank().isNotEqualTo(s.kickoffId().orElseThrow());
        assertThat(shown("the first contract reply")).isEqualTo(1);
    }

    @Test
    void should_find_an_earlier_delivery_instead_of_showing_a_message_twice() {
        Session s = kickedOff();
        Outbound m = Outbound.thread("retried", "A reply that is delivered again after a crash");
        String first = gateway().deliver(s, m);
        String again = gateway().deliver(s, m.markAttempted());

        assertThat(again).isEqualTo(first);
        assertThat(shown("delivered again after a crash")).isEqualTo(1);
    }

    @Test
    void should_update_the_kickoff_in_place() {
        Session s = kickedOff();

        assertThat(gateway().deliver(s, Outbound.kickoffUpdate())).isEqualTo(s.kickoffId().orElseThrow());
    }

    @Test
    void should_attach_a_picture_to_the_thread_and_link_to_messages() {
        Session s = kickedOff();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

        assertThat(gateway().attach(s, Outbound.diagram("diagram", "Data-flow diagram"), "data-flow.png", png))
                .isNotBlank();
        assertThat(gateway().permalink(s, s.kickoffId().orElseThrow())).startsWith("http");
    }

    @Test
    void should_refuse_a_file_it_cannot_hand_over() {
        Session s = kickedOff();
        ChatException e = catchThrowableOfType(ChatException.class, () -> gateway().download(s,
                new SharedFile("F-GONE", "design.md", "text/markdown", "md", 10, "/nowhere/F-GONE")));

        assertThat(e).isNotNull();
    }
}
