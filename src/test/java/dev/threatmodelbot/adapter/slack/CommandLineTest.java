package dev.threatmodelbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void should_read_the_inline_start_form_with_escaped_mentions() {
        CommandLine c = CommandLine.parse(
                "start Payments API <@U111|alice> <@U222> lead:<@U333|carol> jira:sec deadline:2026-12-31");

        assertThat(c).isEqualTo(new CommandLine.Start("Payments API", List.of("U111", "U222"), Optional.of("U333"),
                Optional.of("SEC"), Optional.of(LocalDate.of(2026, 12, 31))));
    }

    @Test
    void should_treat_a_bare_start_as_a_request_for_the_form() {
        assertThat(CommandLine.parse("start")).isEqualTo(new CommandLine.Start("", List.of(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        assertThat(CommandLine.parse("start Billing")).isInstanceOf(CommandLine.Start.class)
                .extracting(c -> ((CommandLine.Start) c).system()).isEqualTo("Billing");
    }

    @Test
    void should_explain_what_is_wrong_with_bad_input() {
        assertThat(CommandLine.parse("start <@U111>")).isInstanceOf(CommandLine.Invalid.class);
        assertThat(CommandLine.parse("start Payments @alice")).isInstanceOf(CommandLine.Invalid.class);
        assertThat(CommandLine.parse("start Payments <@U1> deadline:tomorrow")).isInstanceOf(CommandLine.Invalid.class);
        assertThat(CommandLine.parse("start Payments <@U1> jira:not-a-key")).isInstanceOf(CommandLine.Invalid.class);
        assertThat(CommandLine.parse("cancel")).isInstanceOf(CommandLine.Invalid.class);
        assertThat(CommandLine.parse("cancel 12")).isInstanceOf(CommandLine.Invalid.class);
        assertThat(CommandLine.parse("launch")).isInstanceOf(CommandLine.Invalid.class);
    }

    @Test
    void should_read_status_cancel_and_help() {
        assertThat(CommandLine.parse("status")).isEqualTo(new CommandLine.Status(Optional.empty()));
        assertThat(CommandLine.parse("STATUS tm-7kq3")).isInstanceOf(CommandLine.Status.class);
        assertThat(CommandLine.parse("cancel 7KQ3")).isInstanceOf(CommandLine.Cancel.class);
        assertThat(CommandLine.parse("")).isEqualTo(new CommandLine.Help());
        assertThat(CommandLine.parse("help")).isEqualTo(new CommandLine.Help());
    }
}
