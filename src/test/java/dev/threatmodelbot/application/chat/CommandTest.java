package dev.threatmodelbot.application.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandTest {

    @Test
    void should_read_the_inline_start_form_with_mention_tokens() {
        Command c = Command.parse(
                "start Payments API {@U111} {@U222} lead:{@U333} jira:sec deadline:2026-12-31");

        assertThat(c).isEqualTo(new Command.Start("Payments API", List.of("U111", "U222"), Optional.of("U333"),
                Optional.of("SEC"), Optional.of(LocalDate.of(2026, 12, 31))));
    }

    @Test
    void should_treat_a_bare_start_as_a_request_for_the_form() {
        assertThat(Command.parse("start")).isEqualTo(new Command.Start("", List.of(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        assertThat(Command.parse("start Billing")).isInstanceOf(Command.Start.class)
                .extracting(c -> ((Command.Start) c).system()).isEqualTo("Billing");
    }

    @Test
    void should_explain_what_is_wrong_with_bad_input() {
        assertThat(Command.parse("start {@U111}")).isInstanceOf(Command.Invalid.class);
        assertThat(Command.parse("start Payments @alice")).isInstanceOf(Command.Invalid.class);
        assertThat(Command.parse("start Payments {@U1} deadline:tomorrow")).isInstanceOf(Command.Invalid.class);
        assertThat(Command.parse("start Payments {@U1} jira:not-a-key")).isInstanceOf(Command.Invalid.class);
        assertThat(Command.parse("cancel")).isInstanceOf(Command.Invalid.class);
        assertThat(Command.parse("cancel 12")).isInstanceOf(Command.Invalid.class);
        assertThat(Command.parse("launch")).isInstanceOf(Command.Invalid.class);
    }

    @Test
    void should_read_status_cancel_and_help() {
        assertThat(Command.parse("status")).isEqualTo(new Command.Status(Optional.empty()));
        assertThat(Command.parse("STATUS tm-7kq3")).isInstanceOf(Command.Status.class);
        assertThat(Command.parse("cancel 7KQ3")).isInstanceOf(Command.Cancel.class);
        assertThat(Command.parse("")).isEqualTo(new Command.Help());
        assertThat(Command.parse("help")).isEqualTo(new Command.Help());
    }
}
