package dev.threatmodelbot.adapter.render;

import static dev.threatmodelbot.adapter.render.Models.component;
import static dev.threatmodelbot.adapter.render.Models.fact;
import static dev.threatmodelbot.adapter.render.Models.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodelbot.application.port.BotException;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlantUmlDiagramRendererTest {
    private static final String TITLE = "Orders service";
    private final PlantUmlDiagramRenderer renderer = new PlantUmlDiagramRenderer();

    // aliases follow the component ids in order:
    // api-gateway e1, cognito e2, customer e3, dynamodb e4, orders-lambda e5

    @Test
    void should_draw_each_component_as_the_data_flow_shape_of_its_kind() {
        String source = renderer.source(TITLE, Models.serverless());

        assertThat(source)
                .contains("component \"API Gateway\\n<size:10><color:#505050>Amazon API Gateway</color></size>\" "
                        + "as e1 <<API gateway>>")
                .contains("rectangle \"Cognito\\n<size:10><color:#505050>Amazon Cognito</color></size>\" "
                        + "as e2 <<identity provider>>")
                .contains("actor \"Customer\" as e3 <<external entity>>")
                .contains("database \"DynamoDB\" as e4 <<data store>>")
                .contains("component \"Orders Lambda\\n<size:10><color:#505050>AWS Lambda</color></size>\" "
                        + "as e5 <<function>>")
                .contains("title Orders service\n");
    }

    @Test
    void should_label_each_flow_with_its_live_transport_and_mark_plain_ones_red_and_dashed() {
        String source = renderer.source(TITLE, Models.serverless());

        assertThat(source)
                .contains("e1 -[#C00000,dashed,thickness=2]-> e5 : order request\\n<color:#C00000>plain</color>\n")
                .contains("e5 --> e4 : order items\\n<color:#404040>mTLS</color>\n")
                .contains("e3 --> e1 : orders with JWT\\n<color:#404040>TLS</color>\n")
                .contains("e1 --> e2 : <color:#808080>transport &#63;</color>\n");
    }

    @Test
    void should_mark_a_flow_whose_transport_facts_disagree() {
        ContextModel model = Models.serverless().merge(new ContextModel(List.of(), List.of(), List.of(
                fact("c1", "customer->api-gateway", Property.TRANSPORT, "mtls", FactStatus.CONTRADICTED))));

        String source = renderer.source(TITLE, Models.serverlessWithMl());
        String contradicted = renderer.source(TITLE, model);

        assertThat(source).contains("e6 -[#C00000,dashed,thickness=2]-> e5 : prompt with order text"
                + "\\n<color:#C00000>disputed&#58; TLS &#47; plain</color>\n");
        assertThat(contradicted).contains("e3 -[#C00000,dashed,thickness=2]-> e1 : orders with JWT"
                + "\\n<color:#C00000>disputed&#58; TLS &#47; mTLS</color>\n");
    }

    @Test
    void should_group_components_into_trust_boundaries_from_their_exposure_facts() {
        String source = renderer.source(TITLE, Models.serverless());

        assertThat(Zones.members(source, "Internet")).containsExactly("e1");
        assertThat(Zones.members(source, "Private network")).containsExactly("e4", "e5");
        assertThat(Zones.members(source, "External")).containsExactly("e2", "e3");
        assertThat(source).doesNotContain("Exposure unknown");
    }

    @Test
    void should_leave_parts_without_or_with_disputed_exposure_in_the_unknown_zone_and_hosted_models_outside() {
        String source = renderer.source(TITLE, Models.serverlessWithMl());

        assertThat(Zones.labels(source, "Exposure unknown"))
                .anySatisfy(label -> assertThat(label).startsWith("Invoices bucket"))
                .anySatisfy(label -> assertThat(label).startsWith("Order events").contains("exposure disputed"));
        assertThat(Zones.labels(source, "External")).anySatisfy(label -> assertThat(label).startsWith("GPT&#45;4o"));
        assertThat(Zones.labels(source, "Private network"))
                .anySatisfy(label -> assertThat(label).startsWith("Embeddings"));
    }

    @Test
    void should_draw_stores_and_queues_by_kind_and_set_machine_learning_parts_apart() {
        String source = renderer.source(TITLE, Models.serverlessWithMl());

        assertThat(source)
                .containsPattern("storage \"Invoices bucket[^\"]*\" as e\\d+ <<object store>>\n")
                .containsPattern("queue \"Order events[^\"]*\" as e\\d+ <<queue>>\n")
                .containsPattern("component \"GPT&#45;4o[^\"]*\" as e\\d+ <<LLM>> #EFE6FF;line:7A4FC4\n")
                .containsPattern("database \"Embeddings[^\"]*\" as e\\d+ <<ML vector store>> #EFE6FF;line:7A4FC4\n")
                .contains("machine-learning part");
    }

    @Test
    void should_draw_a_flow_end_that_no_component_describes_without_guessing_what_it_is() {
        ContextModel model = new ContextModel(List.of(component("app", "App", ComponentKind.WEB_APP, "")),
                List.of(flow("app", "mystery", "exports")), List.of());

        String source = renderer.source(TITLE, model);

        assertThat(source).contains("rectangle \"mystery\" as e2 <<not described>>\n");
        assertThat(Zones.members(source, "Exposure unknown")).containsExactly("e1", "e2");
    }

    @Test
    void should_give_the_same_source_for_the_same_model_in_any_order() {
        ContextModel model = Models.serverlessWithMl();
        List<Component> parts = new ArrayList<>(model.components());
        List<DataFlow> flows = new ArrayList<>(model.flows());
        Collections.reverse(parts);
        Collections.reverse(flows);

        String reordered = renderer.source(TITLE, new ContextModel(parts, flows, model.facts()));

        assertThat(reordered).isEqualTo(renderer.source(TITLE, model));
    }

    @Test
    void should_say_that_no_components_are_known_yet_for_an_empty_model() {
        String source = renderer.source(TITLE, ContextModel.EMPTY);

        assertThat(source).contains("rectangle \"No components known yet\" as e0").doesNotContain("legend right");
        assertThat(Pngs.read(renderer.png(TITLE, ContextModel.EMPTY)).getWidth()).isPositive();
    }

    @Test
    void should_throw_a_non_retriable_bot_exception_when_plantuml_cannot_draw() {
        assertThatThrownBy(() -> PlantUmlDiagramRenderer.render("@startuml\nthis is (( not a diagram\n@enduml\n"))
                .isInstanceOfSatisfying(BotException.class, e -> assertThat(e.retriable()).isFalse());
    }
}
