package dev.threatmodelbot.domain.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AliasFoldingTest {
    private static final Source EARLY = Source.doc("§1 Summary", "Answers come from Azure OpenAI.");
    private static final Source LATER = Source.doc("§3 Components", "| Model endpoint | Azure OpenAI, gpt-4o |");

    @Test
    void should_fold_a_part_an_earlier_section_named_into_the_part_a_later_one_gives_that_name_to() {
        // given
        ContextModel m = new ContextModel(List.of(
                new Component("azure-openai", "Azure OpenAI", ComponentKind.LLM, "Azure OpenAI", List.of(EARLY)),
                new Component("bot", "Bot", ComponentKind.PROCESS, "", List.of(EARLY)),
                new Component("model-endpoint", "Model endpoint", ComponentKind.ML_MODEL, "", List.of(LATER),
                        List.of("Azure OpenAI"))),
                List.of(new DataFlow("bot->azure-openai", "bot", "azure-openai", "asks", List.of(EARLY))),
                List.of(new Fact("f1", "azure-openai", Property.DATA_CLASSIFICATION, "pii", EARLY, FactStatus.STATED),
                        new Fact("f2", "bot->azure-openai", Property.TRANSPORT, "tls", EARLY, FactStatus.STATED)));

        // when
        ContextModel folded = AliasFolding.folded(m);

        // then
        assertThat(folded.components()).extracting(Component::id).containsExactly("bot", "model-endpoint");
        Component model = folded.component("model-endpoint").orElseThrow();
        assertThat(model.kind()).isEqualTo(ComponentKind.LLM);
        assertThat(model.mentions()).contains(EARLY, LATER);
        assertThat(folded.flows()).extracting(DataFlow::id).containsExactly("bot->model-endpoint");
        assertThat(folded.facts()).extracting(Fact::subject).containsExactly("model-endpoint", "bot->model-endpoint");
    }

    @Test
    void should_never_fold_a_person_into_a_thing() {
        // given
        ContextModel m = new ContextModel(List.of(
                new Component("analyst", "Analyst", ComponentKind.EXTERNAL_ENTITY, "", List.of(EARLY)),
                new Component("portal", "Portal", ComponentKind.WEB_APP, "", List.of(LATER), List.of("Analyst"))),
                List.of(), List.of());

        // then
        assertThat(AliasFolding.folded(m)).isEqualTo(m);
    }

    @Test
    void should_fold_the_hosted_models_into_the_one_model_the_text_names_by_its_role() {
        // given
        ContextModel m = new ContextModel(List.of(
                new Component("llm", "LLM", ComponentKind.LLM, "", List.of(LATER)),
                new Component("azure-openai", "Azure OpenAI", ComponentKind.LLM, "Azure OpenAI", List.of(EARLY)),
                new Component("anthropic-api", "Anthropic API", ComponentKind.LLM, "Anthropic API", List.of(EARLY))),
                List.of(), List.of());

        // when
        ContextModel folded = AliasFolding.folded(m);

        // then
        assertThat(folded.components()).singleElement().satisfies(c -> assertThat(c.aliases())
                .containsExactly("Azure OpenAI", "Anthropic API"));
    }

    @Test
    void should_fold_a_role_name_into_the_one_part_whose_name_it_ends() {
        // given
        ContextModel m = new ContextModel(List.of(
                new Component("sigwarden-webhook", "sigwarden-webhook", ComponentKind.PROCESS, "", List.of(EARLY)),
                new Component("webhook", "webhook", ComponentKind.API, "", List.of(LATER)),
                new Component("kubernetes-api-server", "Kubernetes API server", ComponentKind.API, "", List.of(EARLY)),
                new Component("api-server", "API server", ComponentKind.PROCESS, "", List.of(LATER)),
                new Component("orders-service", "Orders service", ComponentKind.PROCESS, "", List.of(EARLY)),
                new Component("billing-service", "Billing service", ComponentKind.PROCESS, "", List.of(EARLY)),
                new Component("service", "service", ComponentKind.PROCESS, "", List.of(LATER))),
                List.of(new DataFlow("api-server->webhook", "api-server", "webhook", "calls", List.of(LATER))), List.of());

        // when
        ContextModel folded = AliasFolding.folded(m);

        // then
        assertThat(folded.components()).extracting(Component::id).containsExactly("sigwarden-webhook",
                "kubernetes-api-server", "orders-service", "billing-service", "service"); // "service" ends two names
        assertThat(folded.flows()).extracting(DataFlow::id).containsExactly("kubernetes-api-server->sigwarden-webhook");
    }

    @Test
    void should_fold_a_short_name_into_the_part_whose_name_it_heads_with_a_kind_word_or_explains_a_code() {
        // given
        ContextModel m = new ContextModel(List.of(
                new Component("wardview-dashboard", "WardView dashboard", ComponentKind.WEB_APP, "", List.of(EARLY)),
                new Component("wardview", "WardView", ComponentKind.PROCESS, "", List.of(LATER)),
                new Component("px-40-pump-controller", "PX-40 pump controller", ComponentKind.PROCESS, "", List.of(EARLY)),
                new Component("px-40", "PX-40", ComponentKind.PROCESS, "", List.of(LATER)),
                new Component("ledger", "Ledger", ComponentKind.PROCESS, "", List.of(EARLY)),
                new Component("ledger-ui", "Ledger UI", ComponentKind.WEB_APP, "", List.of(EARLY))),
                List.of(new DataFlow("px-40->wardview", "px-40", "wardview", "", List.of(LATER))), List.of());

        // when
        ContextModel folded = AliasFolding.folded(m);

        // then: a screen is not its server ("Ledger UI" stays beside "Ledger")
        assertThat(folded.components()).extracting(Component::id)
                .containsExactly("wardview-dashboard", "px-40-pump-controller", "ledger", "ledger-ui");
        assertThat(folded.flows()).extracting(DataFlow::id).containsExactly("px-40-pump-controller->wardview-dashboard");
    }
}
