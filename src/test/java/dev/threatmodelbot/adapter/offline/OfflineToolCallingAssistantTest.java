package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An assistant that calls a hosted model with tools, described in prose the way product teams write it. */
class OfflineToolCallingAssistantTest {
    static final String DOC = """
            ## Components

            0. **Chat Widget** — JavaScript widget on the storefront. It opens a WebSocket to the orchestrator.
            1. **Assistant Orchestrator** — Python service. Builds the prompt, calls the LLM, executes tool calls the model
               asks for, and returns the answer to the widget.
            2. **LLM Provider** — a hosted commercial model accessed over the vendor's API. We use function calling.
            3. **Order Service** — existing internal service; source of order status and shipping address.
            4. **Help Center Search** — Elasticsearch index of help articles and public community posts.

            ## How data moves

            For each message, the orchestrator sends the prompt to the LLM Provider over HTTPS.
            The orchestrator executes each tool call by calling the relevant internal service.
            Order lookups go to the Order Service.
            Help-center queries go to Elasticsearch, and the returned passages are placed into the prompt as tool results.
            """;

    @Test
    void should_take_the_llm_provider_for_the_model_and_read_where_tool_calls_go() {
        // when
        ContextModel m = RuleThreatDrafterTest.read(DOC);

        // then
        assertThat(m.components()).filteredOn(c -> c.name().startsWith("LLM")).extracting(c -> c.kind())
                .containsOnly(ComponentKind.LLM).isNotEmpty();
        assertThat(OfflineFactExtractorTest.flows(m)).contains("Assistant Orchestrator → Order Service",
                        "Chat Widget → Assistant Orchestrator")
                .anyMatch(f -> f.startsWith("Elasticsearch → Assistant Orchestrator"));
    }

    @Test
    void should_draft_indirect_prompt_injection_from_the_passages_put_into_the_prompt() {
        // when
        List<Threat> ts = RuleThreatDrafter.packaged().draft(RuleThreatDrafterTest.read(DOC));

        // then
        assertThat(ts).anyMatch(t -> t.rule().equals("indirect-prompt-injection")
                && t.evidence().stream().anyMatch(e -> e.contains("EXTERNAL_CONTENT:fetched")));
        assertThat(ts).anyMatch(t -> t.rule().equals("excessive-agency"));
    }
}
