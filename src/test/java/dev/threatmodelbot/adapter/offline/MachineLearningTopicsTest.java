package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Coverage;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.context.Topic;
import org.junit.jupiter.api.Test;

/** ML and LLM parts bring their own topics, and the patterns read what a doc says about them. */
class MachineLearningTopicsTest {

    @Test
    void should_ask_about_model_source_data_output_and_tools_only_for_machine_learning_parts() {
        String doc = "The Support Assistant sends each question to Azure OpenAI. It runs the generated SQL against "
                + "the reporting database, and the agent can call tools to refund orders. Answers are grounded in "
                + "our internal knowledge base stored in Pinecone.";

        ContextModel m = OfflineFactExtractor.packaged().extract(doc, Source.doc("§1", doc), ContextModel.EMPTY);
        Coverage c = Coverage.of(m);

        assertThat(c.topics()).filteredOn(t -> t.subject().equals("azure-openai")).extracting(Topic::property)
                .contains(Property.OUTPUT_HANDLING, Property.TOOL_ACCESS, Property.MODEL_SOURCE,
                        Property.INPUT_VALIDATION);
        assertThat(c.topics()).filteredOn(t -> t.property().isMachineLearning())
                .allMatch(t -> m.component(t.subject()).map(x -> x.kind().isMachineLearning()).orElse(false));
        assertThat(m.facts()).extracting(f -> f.property() + " " + f.value())
                .contains("MODEL_SOURCE hosted-api", "OUTPUT_HANDLING executed", "TOOL_ACCESS write",
                        "DATA_PROVENANCE internal");
        assertThat(m.facts()).filteredOn(f -> f.property() == Property.OUTPUT_HANDLING).extracting(Fact::value)
                .containsOnly("executed");
    }
}
