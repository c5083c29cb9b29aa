package dev.threatmodelbot.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyIntentTest {

    @Test
    void should_recognise_skips_shrugs_and_hand_overs() {
        assertThat(ReplyIntent.of("skip")).isInstanceOf(ReplyIntent.Skipped.class);
        assertThat(ReplyIntent.of(" Skip. ")).isInstanceOf(ReplyIntent.Skipped.class);
        assertThat(ReplyIntent.of("not sure")).isInstanceOf(ReplyIntent.Unsure.class);
        assertThat(ReplyIntent.of("I don't know")).isInstanceOf(ReplyIntent.Unsure.class);
        assertThat(ReplyIntent.of("ask {@U0DAVE}")).isEqualTo(new ReplyIntent.HandOver("U0DAVE"));
        assertThat(ReplyIntent.of("please ask {@U0DAVE} instead.")).isEqualTo(new ReplyIntent.HandOver("U0DAVE"));
    }

    @Test
    void should_keep_everything_else_as_an_answer_verbatim() {
        assertThat(ReplyIntent.of("We skip TLS inside the VPC")).isEqualTo(
                new ReplyIntent.Answered("We skip TLS inside the VPC"));
        assertThat(ReplyIntent.of("not sure about Redis, but Postgres uses KMS")).isInstanceOf(
                ReplyIntent.Answered.class);
        assertThat(ReplyIntent.of("ask {@U0DAVE} about the queue; the API uses OAuth")).isInstanceOf(
                ReplyIntent.Answered.class);
    }

    @Test
    void should_order_message_ids_by_each_platforms_rule() {
        assertThat(Platform.SLACK.order("1767226000.000300", "1767226000.000299")).contains(1);
        assertThat(Platform.SLACK.order("999.9", "1000.0")).contains(-1);
        assertThat(Platform.SLACK.order("abc", "1")).isEmpty();
        assertThat(Platform.WEB.order("1000009", "1000010")).contains(-1);
        assertThat(Platform.WEB.order("1000010.5", "1000011")).isEmpty();
        assertThat(Platform.TEAMS.order("1767226000300", "1767226000299")).contains(1);
    }
}
