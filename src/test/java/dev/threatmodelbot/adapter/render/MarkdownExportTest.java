package dev.threatmodelbot.adapter.render;

import static dev.threatmodelbot.adapter.render.ModelExportsTest.APPROVED_TITLE;
import static dev.threatmodelbot.adapter.render.ModelExportsTest.PENDING_TITLE;
import static dev.threatmodelbot.adapter.render.ModelExportsTest.REJECTED_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.application.port.ModelExporter.Format;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownExportTest {
    private final ModelExports exports = new ModelExports();

    @Test
    void should_title_the_report_with_the_system_and_draft_version_and_name_the_session() {
        String md = exports.export(ModelExportsTest.session(), Format.MARKDOWN);

        assertThat(md).startsWith("# Threat model — Payments (draft v2)\n")
                .contains("- Session: TM-EXP2\n", "- Drafted: 2026-11-20 (UTC)\n",
                        "- Threats: 3 — 1 approved, 1 rejected, 0 to discuss, 1 pending\n");
    }

    @Test
    void should_list_every_threat_with_its_title_and_who_decided_what() {
        String md = exports.export(ModelExportsTest.session(), Format.MARKDOWN);

        assertThat(md)
                .contains("#### 1. " + APPROVED_TITLE + "\n\n- **Status:** approved by ULEAD on 2026-11-21\n")
                .contains("#### 2. " + REJECTED_TITLE + "\n\n- **Status:** rejected by ULEAD on 2026-11-21\n")
                .contains("#### 3. " + PENDING_TITLE + "\n\n- **Status:** pending review\n");
    }

    @Test
    void should_order_threats_from_the_most_to_the_least_severe() {
        String md = exports.export(ModelExportsTest.session(), Format.MARKDOWN);

        assertThat(md.indexOf("### Critical (1)")).isLessThan(md.indexOf("### High (1)"));
        assertThat(md.indexOf("### High (1)")).isLessThan(md.indexOf("### Medium (1)"));
        assertThat(md).doesNotContain("### Low");
    }

    @Test
    void should_show_parts_flows_with_their_transport_and_the_trust_boundaries() {
        String md = exports.export(ModelExportsTest.session(), Format.MARKDOWN);

        assertThat(md)
                .contains("| Payments API | API | Spring Boot | Internet |\n")
                .contains("| Orders DB | data store | PostgreSQL | Private network |\n")
                .contains("| GPT-4o | LLM | OpenAI | External |\n")
                .contains("| Payments API | Orders DB | order rows | plain (answer by UA on 2026-11-18 10:30 UTC, "
                        + "message 1700000000.000200) |\n")
                .contains("- **Internet**: Payments API\n", "- **Private network**: Orders DB\n");
    }

    @Test
    void should_give_stride_affected_parts_mitigation_and_machine_learning_ids_of_a_threat() {
        String md = exports.export(ModelExportsTest.session(), Format.MARKDOWN);
        String third = md.substring(md.indexOf("#### 3."));

        assertThat(third)
                .contains("- **STRIDE:** Tampering, Elevation of privilege\n")
                .contains("- **Affects:** GPT-4o, Payments API\n")
                .contains("- **OWASP Top 10 for LLM:** LLM01:2026 Prompt Injection (2025: LLM01)\n", "- **MITRE ATLAS:** AML.T0051\n")
                .contains("**Mitigation:** Keep order text apart from instructions and check the model's output.")
                .contains("- Nobody said order text is filtered before it reaches the prompt.\n");
        assertThat(md).contains("## Assumptions\n\n- Nobody said order text is filtered before it reaches the "
                + "prompt. (threat #3)\n");
    }

    @Test
    void should_quote_the_evidence_with_where_it_was_said_and_by_whom() {
        String md = exports.export(ModelExportsTest.session(), Format.MARKDOWN);

        assertThat(md)
                .contains("- Authentication of Payments API: none — “The payments API needs no login; it stores "
                        + "customers' names and card holders in PostgreSQL.” (design doc §2 Architecture)\n")
                .contains("- Transport of Payments API → Orders DB: plain — “the DB hop is plain TCP for now” "
                        + "(answer by UA on 2026-11-18 10:30 UTC, message 1700000000.000200, "
                        + "[link](https://example.slack.com/archives/C1/p1700000000000200))\n");
    }

    @Test
    void should_escape_what_people_typed_so_it_cannot_format_link_or_inject_html() {
        Draft draft = ModelExportsTest.session().draft().orElseThrow();
        Threat t = draft.threats().get(0).threat();
        Threat typed = new Threat(t.id(), t.rule(), "Attack on *api* | [click](javascript:alert(1)) <img src=x>",
                "- 1. # not a heading", t.stride(), t.subjects(), t.likelihood(), t.impact(), "use `code`_now_",
                t.evidence(), List.of(), t.confidence(), t.owaspLlm(), t.atlas());
        Session session = ModelExportsTest.session().withDraft(draft.changing(1,
                d -> new DraftedThreat(1, typed, d.messageId(), d.decisions())));

        String md = exports.export(session, Format.MARKDOWN);

        assertThat(md)
                .contains("#### 1. Attack on \\*api\\* \\| \\[click\\](javascript:alert(1)) \\<img src=x\\>\n")
                .contains("\n\\- 1. \\# not a heading\n")
                .contains("**Mitigation:** use \\`code\\`\\_now\\_\n")
                .doesNotContainPattern("(?<!\\\\)<img")
                .doesNotContainPattern("(?<!\\\\)]\\(javascript");
    }
}
