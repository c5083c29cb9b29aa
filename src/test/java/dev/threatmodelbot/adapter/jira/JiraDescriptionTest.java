package dev.threatmodelbot.adapter.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threatmodelbot.adapter.jira.Block.Paragraph;
import dev.threatmodelbot.adapter.jira.Block.Span;
import dev.threatmodelbot.domain.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The description both ways: people's words stay words, and nothing Jira refuses is sent. */
class JiraDescriptionTest {
    final Session session = JiraSessions.session();
    final List<Block> pending = TicketDescription.of(session, JiraSessions.pending(), JiraSessions.REVIEW_LINK);

    @Test
    void should_escape_wiki_markup_in_what_people_wrote() {
        String wiki = WikiMarkup.of(pending);

        assertThat(wiki).contains("steer the model's \\*answers\\* \\[see\\|http://x\\]")
                .contains("\\h1. Keep order text apart \\-\\- from instructions.")
                .doesNotContain("[see|http://x]");
    }

    @Test
    void should_carry_assumptions_and_the_machine_learning_mappings() {
        String wiki = WikiMarkup.of(pending);

        assertThat(wiki).contains("h3. Assumptions\n\n* Nobody said order text is filtered.",
                "*OWASP Top 10 for LLM:* LLM01:2026 Prompt Injection (2025: LLM01)", "*MITRE ATLAS:* AML.T0051", "*Affects:* Payments API");
        assertThat(wiki).doesNotContain("Decision");
    }

    @Test
    void should_never_write_an_empty_adf_text_node_or_empty_block() {
        JsonNode doc = AdfDocument.of(List.of(new Paragraph(List.of(Span.plain(""))), new Block.Heading(""),
                new Block.Bullets(List.of(List.of(Span.plain("")), List.of(Span.plain("kept"))))));

        assertThat(doc.path("content")).hasSize(1);
        assertThat(doc.at("/content/0/type").asText()).isEqualTo("bulletList");
        assertThat(doc.at("/content/0/content")).hasSize(1);
        assertThat(JiraTrackerTest.textNodes(doc)).extracting(t -> t.path("text").asText()).containsExactly("kept");
    }

    @Test
    void should_cut_reasons_short_and_keep_the_token_out() {
        String reason = JiraErrors.reason(400, "{\"errorMessages\":[\"" + "x".repeat(500) + " tok\"]}", "tok");

        assertThat(reason).hasSizeLessThanOrEqualTo(JiraErrors.MOST_CHARS).doesNotContain("tok");
        assertThat(JiraErrors.reason(403, "{\"errorMessages\":[\"tok leaked\"]}", "tok")).isEqualTo(
                "HTTP 403: *** leaked");
    }
}
