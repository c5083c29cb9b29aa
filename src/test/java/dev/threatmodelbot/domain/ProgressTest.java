package dev.threatmodelbot.domain;

import dev.threatmodelbot.domain.context.ContextModel;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressTest {

    static Question q(String id, QuestionStatus status) {
        return Question.queued(id, new BankQuestion(id, "t", "text", false), "UA").withStatus(status);
    }

    @Test
    void should_count_withdrawn_questions_as_planned_but_not_done_and_skip_handed_over_originals() {
        Session s = new Session(new SessionId("TM-PRGS"), "S", ConversationAddress.channel(Platform.SLACK, "T", "C"),
                "UR", "UL", List.of("UA"), "", Optional.empty(), Optional.empty(), SessionState.CANCELLED,
                Instant.EPOCH, Optional.empty(), Optional.empty(),
                List.of(q("Q1", QuestionStatus.ANSWERED), q("Q2", QuestionStatus.WITHDRAWN),
                        q("Q3", QuestionStatus.HANDED_OVER), q("Q4", QuestionStatus.SKIPPED)),
                List.of(), List.of(), List.of(), List.of(), ContextModel.EMPTY, List.of(), null, null);

        assertThat(s.progress()).isEqualTo(new Progress(2, 3));
        assertThat(s.progress().bar()).startsWith("▓▓▓▓▓▓░░░░");
    }

    @Test
    void should_not_count_questions_dropped_before_anyone_was_asked_while_interviewing() {
        Session s = new Session(new SessionId("TM-PRGS"), "S", ConversationAddress.channel(Platform.SLACK, "T", "C"),
                "UR", "UL", List.of("UA"), "", Optional.empty(), Optional.empty(), SessionState.GATHERED,
                Instant.EPOCH, Optional.empty(), Optional.empty(),
                List.of(q("Q1", QuestionStatus.ANSWERED), q("Q2", QuestionStatus.WITHDRAWN),
                        q("Q3", QuestionStatus.SKIPPED)),
                List.of(), List.of(), List.of(), List.of(), ContextModel.EMPTY, List.of(), null, null);

        assertThat(s.progress()).isEqualTo(new Progress(2, 2));
    }
}
