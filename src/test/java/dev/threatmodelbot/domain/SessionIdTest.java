package dev.threatmodelbot.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SessionIdTest {

    @Test
    void should_make_short_ids_without_look_alike_characters() {
        SessionId id = SessionId.random(new Random(7), 4);

        assertThat(id.value()).matches("TM-[2-9A-HJKMNP-TV-Z]{4}");
    }

    @Test
    void should_read_what_people_type() {
        assertThat(SessionId.parse("tm-7kq3")).contains(new SessionId("TM-7KQ3"));
        assertThat(SessionId.parse("7KQ3")).contains(new SessionId("TM-7KQ3"));
        assertThat(SessionId.parse("TM-0000")).isEmpty();
        assertThatThrownBy(() -> new SessionId("x")).isInstanceOf(IllegalArgumentException.class);
    }
}
