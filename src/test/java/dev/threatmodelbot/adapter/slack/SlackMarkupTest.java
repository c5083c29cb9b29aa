package dev.threatmodelbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackMarkupTest {

    @Test
    void should_turn_slack_mentions_into_core_tokens_and_back() {
        String core = SlackMarkup.toCore("ask <@U0DAVE0001|dave> or <@W123ABC>, not <#C123|general>");

        assertThat(core).isEqualTo("ask {@U0DAVE0001} or {@W123ABC}, not <#C123|general>");
        assertThat(SlackMarkup.toSlack(core)).isEqualTo("ask <@U0DAVE0001> or <@W123ABC>, not &lt;#C123|general&gt;");
    }

    @Test
    void should_make_what_people_typed_inert_so_only_the_bots_own_mentions_notify() {
        String slack = SlackMarkup.toSlack("{@U0LEAD} review *<!channel> & <@U0EVIL>*");

        assertThat(slack).isEqualTo("<@U0LEAD> review *&lt;!channel&gt; &amp; &lt;@U0EVIL&gt;*");
    }

    @Test
    void should_read_slack_timestamps_as_instants() {
        assertThat(SlackEvents.when("1767226000.000300").toEpochMilli()).isEqualTo(1767226000000L);
        assertThat(SlackEvents.when("1767226000.000300").getNano()).isEqualTo(300_000);
    }
}
