package dev.threatmodelbot.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionKindTest {

    @Test
    void should_read_each_kind_from_the_ids_sessions_already_hold() {
        assertThat(QuestionKind.of("ownership")).isEqualTo(QuestionKind.OWNERSHIP);
        assertThat(QuestionKind.of("ownership-extra")).isEqualTo(QuestionKind.STARTER);
        assertThat(QuestionKind.of("gap:api:AUTHENTICATION|api:EXPOSURE")).isEqualTo(QuestionKind.GAP);
        assertThat(QuestionKind.of("followup:api:AUTHENTICATION")).isEqualTo(QuestionKind.FOLLOW_UP);
        assertThat(QuestionKind.of("conflict:F1|F7")).isEqualTo(QuestionKind.CONTRADICTION);
        assertThat(QuestionKind.of("ways-in")).isEqualTo(QuestionKind.STARTER);
    }

    @Test
    void should_make_and_take_apart_ids() {
        assertThat(QuestionKind.GAP.id("api:EXPOSURE")).isEqualTo("gap:api:EXPOSURE");
        assertThat(QuestionKind.CONTRADICTION.keyOf(QuestionKind.CONTRADICTION.id("F1|F7"))).isEqualTo("F1|F7");
        assertThat(QuestionKind.OWNERSHIP.id()).isEqualTo("ownership");
        assertThat(QuestionKind.OWNERSHIP.keyOf("ownership")).isEmpty();
    }
}
