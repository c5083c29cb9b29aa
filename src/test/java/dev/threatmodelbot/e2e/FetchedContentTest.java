package dev.threatmodelbot.e2e;

import static dev.threatmodelbot.e2e.InterviewFlowTest.ALICE;
import static dev.threatmodelbot.e2e.InterviewFlowTest.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.Harness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What engineers say in the thread changes the draft: fetched content going into a prompt is an
 * indirect prompt injection (OWASP LLM01) resting on their words, and a server fetching URLs users
 * supply is server-side request forgery; neither is drafted while nobody has said so.
 */
class FetchedContentTest {
    static final String DOC = "## Architecture\nThe Digest Service sends each article to OpenAI for a one-paragraph "
            + "summary.\nThe Digest Service stores the summaries in PostgreSQL.\n";
    Harness h;

    @BeforeEach
    void start() {
        h = Harness.start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void should_draft_indirect_prompt_injection_and_ssrf_from_what_an_engineer_says_in_the_thread() {
        // given: the doc names the parts but says nothing of where articles come from
        String thread = h.startFromForm(LEAD, "Digest", List.of(ALICE), DOC);
        String id = h.onlySession().id().value();

        // when
        h.user.reply(ALICE, thread, "I own the Digest Service. Users add the RSS feeds they want and the Digest "
                + "Service downloads them every hour. Article text from feeds goes straight into the prompt.");
        Eventually.until("answer read", () -> h.onlySession().context().facts().stream()
                .anyMatch(f -> f.value().equals("fetched")));
        h.gathered(LEAD, id);
        h.draftPosted(LEAD, id);

        // then
        String root = h.onlySession().draft().orElseThrow().rootId().orElseThrow();
        List<Map<String, String>> replies = h.slack.threadPosts(root);
        assertThat(replies).anySatisfy(p -> assertThat(p.get("text"))
                .contains("Instructions hidden in content OpenAI API reads make it act for the attacker")
                .contains("OWASP LLM: LLM01:2026 Prompt Injection (2025: LLM01)")
                .contains("<@" + ALICE + ">").contains("Article text from feeds goes straight into the prompt"));
        assertThat(replies).anySatisfy(p -> assertThat(p.get("text"))
                .contains("Digest Service fetches a URL an attacker supplies and reaches internal services")
                .contains("Users add the RSS feeds they want"));
        List<DraftedThreat> threats = h.onlySession().draft().orElseThrow().threats();
        assertThat(threats).anySatisfy(t -> {
            assertThat(t.threat().attack()).isEqualTo("prompt-injection");
            assertThat(t.threat().rule()).isEqualTo("indirect-prompt-injection");
            assertThat(t.threat().restsOnSilence()).isFalse();
        });
    }

    @Test
    void should_list_what_nobody_said_as_assumptions_to_confirm_instead_of_threats() {
        // given
        h.startFromForm(LEAD, "Digest", List.of(ALICE), DOC);
        String id = h.onlySession().id().value();

        // when: nobody answers
        h.gathered(LEAD, id);
        h.draftPosted(LEAD, id);

        // then
        assertThat(h.onlySession().draft().orElseThrow().threats())
                .noneMatch(t -> t.threat().rule().equals("indirect-prompt-injection")
                        || t.threat().rule().equals("server-side-request-forgery"))
                .allSatisfy(t -> assertThat(t.threat().restsOnSilence()).isFalse());
        assertThat(h.slack.rootPosts()).anySatisfy(p -> assertThat(p.get("text"))
                .startsWith("*Draft threat model v1 — Digest*")
                .contains("*Assumptions to confirm*")
                .contains("encryption of stored data: PostgreSQL"));
    }
}
