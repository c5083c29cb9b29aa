package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineSentencesTest {

    private static List<String> texts(String text) {
        return Sentences.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void should_cut_prose_at_sentence_ends_only() {
        // given
        String text = "The API calls Postgres, e.g. for orders. It uses TLS 1.2 since v1.13 of the chart! Why? "
                + "Because Dr. Who said so.";

        // when
        List<String> sentences = texts(text);

        // then
        assertThat(sentences).containsExactly("The API calls Postgres, e.g. for orders.",
                "It uses TLS 1.2 since v1.13 of the chart!", "Why?", "Because Dr. Who said so.");
    }

    @Test
    void should_make_each_list_item_and_table_row_a_sentence() {
        // given
        String text = "Components:\n- Orders service\n  on two lines\n* Payments API\n1. Worker\n\n"
                + "| name | kind |\n|---|---|\n| Redis | cache |\n";

        // when
        List<String> sentences = texts(text);

        // then
        assertThat(sentences).containsExactly("Components:", "Orders service on two lines", "Payments API", "Worker",
                "| name | kind |", "| Redis | cache |");
    }

    @Test
    void should_keep_code_spans_whole() {
        // given
        String text = "The document is written to `s3://docs/a. B.pdf`. Then it is read.";

        // when
        List<String> sentences = texts(text);

        // then
        assertThat(sentences).containsExactly("The document is written to `s3://docs/a. B.pdf`.", "Then it is read.");
    }

    @Test
    void should_mark_headings_and_code_lines() {
        // given
        String text = "## 1. Core Controller Actions\nFetches secrets.\n```\nA --> B\n```\n> Quoted. Twice.";

        // when
        List<Sentence> sentences = Sentences.split(text);

        // then
        assertThat(sentences).extracting(Sentence::text, Sentence::kind).containsExactly(
                tuple("1. Core Controller Actions", Sentence.Kind.HEADING),
                tuple("Fetches secrets.", Sentence.Kind.PROSE),
                tuple("A --> B", Sentence.Kind.CODE),
                tuple("Quoted.", Sentence.Kind.PROSE),
                tuple("Twice.", Sentence.Kind.PROSE));
    }

    @Test
    void should_blank_emphasis_and_urls_for_analysis_without_moving_offsets() {
        // given
        String text = "**Bastion Server** links [GitHub Pages](https://github.com/x) and _notes_.";

        // when
        String analysed = Sentences.analysed(text);

        // then
        assertThat(analysed).hasSameSizeAs(text).doesNotContain("*").doesNotContain("github.com")
                .contains("Bastion Server").contains("[GitHub Pages]").contains(" notes ");
    }
}
