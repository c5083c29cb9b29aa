package dev.threatmodelbot.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ContextModel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionTicketsTest {

    private static Session withOutbox(List<Outbound> outbox) {
        return new Session(new SessionId("TM-TK2T"), "Payments", ConversationAddress.channel(Platform.WEB, "local", "c"),
                "UR", "UL", List.of("UA"), "", Optional.empty(), Optional.empty(), SessionState.GATHERED,
                Instant.parse("2026-11-18T10:00:00Z"), Optional.empty(), Optional.of("1000001"), List.of(), List.of(),
                List.of(), outbox, List.of(), ContextModel.EMPTY, List.of(), null, null);
    }

    @Test
    void should_move_tickets_stored_among_chat_messages_into_their_own_queue() {
        // given a session saved before tickets had a queue of their own
        Session s = withOutbox(List.of(Outbound.draftNote("n1", "Filing…"), Outbound.ticket("r1", "t1"),
                Outbound.ticket("r1", "t2"), Outbound.ticketReport("r1", List.of("t1", "t2"))));

        // then
        assertThat(s.outbox()).extracting(Outbound::kind).containsExactly(Outbound.Kind.DRAFT_NOTE,
                Outbound.Kind.TICKET_REPORT);
        assertThat(s.tickets()).extracting(Outbound::key).containsExactly("ticket:r1:t1", "ticket:r1:t2");
    }

    @Test
    void should_queue_a_ticket_once_and_keep_chat_messages_apart() {
        // when
        Session s = withOutbox(List.of()).file(Outbound.ticket("r1", "t1")).file(Outbound.ticket("r1", "t1"))
                .say(Outbound.ticketReport("r1", List.of("t1")));

        // then
        assertThat(s.tickets()).hasSize(1);
        assertThat(s.outbox()).extracting(Outbound::kind).containsExactly(Outbound.Kind.TICKET_REPORT);
    }
}
