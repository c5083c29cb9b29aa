package dev.threatmodelbot.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.schema.Activity;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TeamsMarkupTest {

    private static Activity activity(String json) {
        return TeamsActivities.read(json.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void two_people_of_one_name_stay_two_people_and_the_bot_is_plain_text() {
        Activity a = activity("{\"type\":\"message\",\"text\":\"<at>bot</at> start X <at>Sam Lee</at> lead:<at>Sam Lee</at>\","
                + "\"recipient\":{\"id\":\"28:bot\"},\"entities\":["
                + "{\"type\":\"mention\",\"text\":\"<at>bot</at>\",\"mentioned\":{\"id\":\"28:bot\",\"name\":\"bot\"}},"
                + "{\"type\":\"mention\",\"text\":\"<at>Sam Lee</at>\",\"mentioned\":{\"id\":\"29:first\",\"name\":\"Sam Lee\"}},"
                + "{\"type\":\"mention\",\"text\":\"<at>Sam Lee</at>\",\"mentioned\":{\"id\":\"29:second\",\"name\":\"Sam Lee\"}}]}");
        assertThat(TeamsMarkup.toCore(a)).isEqualTo("@threatmodel-bot start X {@29:first} lead:{@29:second}");
        assertThat(TeamsMarkup.mentionsBot(a)).isTrue();
    }

    @Test
    void html_and_entities_from_teams_become_plain_text() {
        Activity a = activity("{\"type\":\"message\",\"text\":\"<p>It uses <b>mTLS</b>&nbsp;&amp; OAuth</p>\"}");
        assertThat(TeamsMarkup.toCore(a)).isEqualTo("It uses mTLS & OAuth");
    }

    @Test
    void what_people_typed_cannot_become_a_link_a_mention_or_html() {
        TeamsMarkup.Rendered r = TeamsMarkup.toTeams("*[Sign in](https://evil.example)* <at>Everyone</at> {@29:a} said "
                + "{link:1767|this}", id -> "Ann", id -> "https://teams.microsoft.com/l/message/c/" + id);
        assertThat(r.text()).contains("\\[Sign in\\](https://evil.example)").doesNotContain("<at>Everyone</at>")
                .contains("&lt;at&gt;Everyone&lt;/at&gt;").contains("<at>Ann</at>")
                .contains("[this](https://teams.microsoft.com/l/message/c/1767)");
        assertThat(r.mentions()).containsOnlyKeys("29:a");
    }
}
