package dev.threatmodelbot.domain.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocSectionsTest {

    private static String join(List<DocSection> sections) {
        return String.join("", sections.stream().map(DocSection::text).toList());
    }

    @Test
    void should_number_sections_by_heading_depth() {
        // given
        String doc = "## Overview\nWhat it does.\n### Actors\nUsers.\n### Flows\nA to B.\n"
                + "## Security\nTLS.\n#### Keys\nKMS.\n";

        // when
        List<DocSection> sections = DocSections.split(doc);

        // then
        assertThat(sections).extracting(DocSection::number, DocSection::title).containsExactly(
                tuple("1", "Overview"), tuple("1.1", "Actors"), tuple("1.2", "Flows"), tuple("2", "Security"),
                tuple("2.1", "Keys"));
        assertThat(sections.get(1).citation()).isEqualTo("§1.1 Actors");
    }

    @Test
    void should_treat_a_single_leading_h1_as_the_document_title() {
        // given
        String doc = "# Orders platform\nIntro text.\n\n## Architecture\nLambda.\n## Data\nDynamoDB.\n";

        // when
        List<DocSection> sections = DocSections.split(doc);

        // then
        assertThat(sections).extracting(DocSection::number, DocSection::title)
                .containsExactly(tuple("0", "Orders platform"), tuple("1", "Architecture"), tuple("2", "Data"));
        assertThat(sections.get(0).text()).isEqualTo("# Orders platform\nIntro text.\n\n");
    }

    @Test
    void should_number_several_h1_as_top_level_sections() {
        // given
        String doc = "# One\na\n## One.A\nb\n# Two\nc\n";

        // when
        List<DocSection> sections = DocSections.split(doc);

        // then
        assertThat(sections).extracting(DocSection::number).containsExactly("1", "1.1", "2");
    }

    @Test
    void should_keep_text_before_the_first_heading_as_section_zero() {
        // given
        String doc = "> Extract of a design.\n\n## Scope\nAll of it.\n";

        // when
        List<DocSection> sections = DocSections.split(doc);

        // then
        assertThat(sections).extracting(DocSection::number, DocSection::title)
                .containsExactly(tuple("0", ""), tuple("1", "Scope"));
        assertThat(sections.get(0).citation()).isEqualTo("§0");
    }

    @Test
    void should_strip_nothing_so_the_sections_give_back_the_document() {
        // given
        String doc = "intro\n\n# Title\n\n## A ##\n  text with trailing spaces   \n\n"
                + "```\n# not a heading\n```\n### B\r\nend";

        // when
        List<DocSection> sections = DocSections.split(doc);

        // then
        assertThat(join(sections)).isEqualTo(doc);
        assertThat(sections).extracting(DocSection::title).containsExactly("Title", "A", "B");
        assertThat(sections.get(1).text()).startsWith("## A ##\n").contains("# not a heading");
    }

    @Test
    void should_split_plain_text_into_one_section_per_paragraph() {
        // given
        String doc = "The API calls Postgres.\nIt uses TLS.\n\n\nThe worker reads from SQS.\n";

        // when
        List<DocSection> sections = DocSections.split(doc);

        // then
        assertThat(sections).extracting(DocSection::number, DocSection::title)
                .containsExactly(tuple("1", ""), tuple("2", ""));
        assertThat(sections.get(0).text()).isEqualTo("The API calls Postgres.\nIt uses TLS.\n\n\n");
        assertThat(join(sections)).isEqualTo(doc);
    }

    @Test
    void should_give_no_section_for_a_blank_document() {
        assertThat(DocSections.split("")).isEmpty();
        assertThat(DocSections.split(" \n\n")).isEmpty();
    }

    @Test
    void should_number_a_lone_heading_instead_of_taking_it_as_title() {
        // given
        String doc = "# Design\nEverything.\n";

        // when
        List<DocSection> sections = DocSections.split(doc);

        // then
        assertThat(sections).extracting(DocSection::number, DocSection::title).containsExactly(tuple("1", "Design"));
    }

    @Test
    void should_cite_a_heading_by_the_number_it_carries_without_repeating_it() {
        // given
        String doc = "# Orders platform\n## 1. Overview\nA.\n## 3. Security\n### 3.2 Service-to-service\nmTLS.\n"
                + "### 3.2 Again\nB.\n";

        // when
        List<DocSection> sections = DocSections.split(doc);

        // then
        assertThat(sections).extracting(DocSection::citation).containsExactly("§0 Orders platform", "§1 Overview",
                "§3 Security", "§3.2 Service-to-service", "§2.2 3.2 Again");
    }
}
