package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.extract;
import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.flows;
import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Property;
import org.junit.jupiter.api.Test;

class OfflineFlowLayoutTest {

    @Test
    void should_read_a_data_flow_table_whatever_the_column_order() {
        // when
        ContextModel m = extract("""
                ## Data flows

                | ID | Protocol | To | From | Data |
                |----|----------|----|------|------|
                | DF1 | HTTPS | Reader app | Subscriber | feed URL |
                | DF2 | HTTP | Feed host | Reader app | feed request |
                | DF3 | gRPC | Summary model | Reader app | fetched article text |
                """);

        // then
        assertThat(flows(m)).containsExactly("Subscriber → Reader app", "Reader app → Feed host",
                "Reader app → Summary model");
        assertThat(m.flows()).extracting(DataFlow::description)
                .containsExactly("DF1: feed URL (HTTPS)", "DF2: feed request (HTTP)", "DF3: fetched article text (gRPC)");
        assertThat(m.components()).extracting(Component::name, Component::kind).contains(
                tuple("Subscriber", ComponentKind.EXTERNAL_ENTITY), tuple("Reader app", ComponentKind.PROCESS),
                tuple("Feed host", ComponentKind.PROCESS), tuple("Summary model", ComponentKind.ML_MODEL));
    }

    @Test
    void should_put_what_a_flow_row_says_about_transport_on_that_flow() {
        // when
        ContextModel m = extract("""
                | Source | Destination | Transport |
                |---|---|---|
                | Ticket portal | Ledger database | TLS 1.3 |
                | Ticket portal | Audit sink | plain HTTP, unauthenticated |
                """);

        // then
        assertThat(m.facts()).extracting(f -> nameOfSubject(m, f) + " " + f.property() + "=" + f.value())
                .contains("Ticket portal → Ledger database TRANSPORT=tls",
                        "Ticket portal → Audit sink TRANSPORT=plain",
                        "Ticket portal → Audit sink AUTHENTICATION=none");
    }

    @Test
    void should_read_numbered_arrow_lines_with_their_direction_and_detail() {
        // when
        ContextModel m = extract("""
                1. Field agent -> Intake form: photo upload
                2. Intake form → Image queue → Tagging worker
                3. Review console <- Tagging worker (labels, HTTPS)
                4. Tagging worker <-> Label cache
                """);

        // then
        assertThat(flows(m)).contains("Field agent → Intake form", "Intake form → Image queue",
                "Image queue → Tagging worker", "Tagging worker → Review console", "Tagging worker → Label cache",
                "Label cache → Tagging worker");
        assertThat(m.flow("field-agent->intake-form").orElseThrow().description()).isEqualTo("photo upload");
        assertThat(m.component("image-queue").orElseThrow().kind()).isEqualTo(ComponentKind.QUEUE);
    }

    @Test
    void should_not_take_a_clause_or_a_step_beside_an_arrow_for_a_name() {
        // when
        ContextModel m = extract("""
                When the job finishes it is pushed → and then nothing else happens.
                - Build → Test → Deploy
                - Draft → Submitted → Approved
                """);

        // then
        assertThat(m.components()).isEmpty();
        assertThat(m.flows()).isEmpty();
    }

    @Test
    void should_read_flows_stated_in_prose_with_their_protocol() {
        // when
        ContextModel m = extract("The Ranking service calls the Feature API over gRPC.");

        // then
        assertThat(flows(m)).containsExactly("Ranking service → Feature API");
        assertThat(m.flows().get(0).description()).contains("over gRPC");
    }

    @Test
    void should_place_the_parts_a_trust_boundary_table_lists_in_their_zone() {
        // when
        ContextModel m = extract("""
                | Trust zone | Components |
                |---|---|
                | Internet | Shopper, CDN edge |
                | Private VPC | Basket service, Basket cache |
                | Partner network | everything else in the partner VPC |
                """);

        // then
        assertThat(m.facts()).filteredOn(f -> f.property() == Property.EXPOSURE)
                .extracting(f -> name(m, f.subject()) + "=" + f.value())
                .contains("Shopper=public", "Basket service=internal", "Basket cache=internal");
        assertThat(m.components()).extracting(Component::name).noneMatch(n -> n.contains("everything"));
    }

    @Test
    void should_place_the_parts_a_trust_zone_list_names_in_their_zone() {
        // when
        ContextModel m = extract("""
                ## Trust zones

                - Public internet: Shopper, Promo site
                - Private subnet: Basket service and Basket cache
                - The boundary between them is enforced by the load balancer.
                """);

        // then
        assertThat(m.facts()).filteredOn(f -> f.property() == Property.EXPOSURE)
                .extracting(f -> name(m, f.subject()) + "=" + f.value())
                .containsExactlyInAnyOrder("Shopper=public", "Promo site=public", "Basket service=internal",
                        "Basket cache=internal");
    }

    @Test
    void should_read_an_arrow_inside_a_table_cell() {
        // when
        ContextModel m = extract("""
                | Flow | Path | Data |
                |---|---|---|
                | F1 | Kiosk app → Loyalty API | card number |
                """);

        // then
        assertThat(flows(m)).containsExactly("Kiosk app → Loyalty API");
        assertThat(m.components()).extracting(Component::name).containsExactly("Kiosk app", "Loyalty API");
    }

    @Test
    void should_not_take_a_name_in_brackets_for_the_one_who_acts() {
        // when
        ContextModel m = extract("The Booking Frontend (Next.js on Vercel) sends requests to the Booking API.");

        // then
        assertThat(flows(m)).containsExactly("Booking Frontend → Booking API");
    }

    private static String nameOfSubject(ContextModel m, Fact f) {
        return m.flow(f.subject()).map(fl -> name(m, fl.source()) + " → " + name(m, fl.target()))
                .orElse(name(m, f.subject()));
    }

    @Test
    void should_read_flows_laid_out_in_a_fenced_block_with_columns() {
        // when
        ContextModel m = extract("""
                ## Flows

                ```
                GitHub            → Dispatcher        webhook (HTTPS, HMAC-signed)
                Dispatcher        → Redis             job record
                Runner agent      → Redis             pop job
                ```

                ```java
                client.send(request) -> response;
                ```
                """);

        // then
        assertThat(flows(m)).containsExactly("GitHub → Dispatcher", "Dispatcher → Redis", "Runner agent → Redis");
    }

    @Test
    void should_read_a_mermaid_flowchart_by_its_node_labels() {
        // when
        ContextModel m = extract("""
                ## Data flow

                ```mermaid
                flowchart LR
                  NB[Notebook Server] --> REG[Model Registry / MLflow]
                  REG -->|promotes| PC[Promotion controller]
                  APP[Product service] --> GW[Inference Gateway]
                  GW -- features --> ON[(Online store / Redis)]
                  GW --- DOCS[Runbook]
                ```
                """);

        // then
        assertThat(flows(m)).contains("Notebook Server → Model Registry", "Model Registry → Promotion controller",
                "Product service → Inference Gateway", "Inference Gateway → Online store")
                .noneMatch(f -> f.contains("Runbook"));
        assertThat(m.components()).noneMatch(c -> c.name().matches("NB|REG|PC|APP|GW|ON"));
    }
}
