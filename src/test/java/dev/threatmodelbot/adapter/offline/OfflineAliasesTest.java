package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Source;
import org.junit.jupiter.api.Test;

class OfflineAliasesTest {

    @Test
    void should_keep_a_labelled_product_as_an_alias_of_the_part_it_labels() {
        // when
        ContextModel m = extract("""
                - Ledger database: Amazon RDS PostgreSQL
                - The Billing service writes invoices to the Ledger database.
                - Nightly, Amazon RDS PostgreSQL is snapshotted to S3.
                """);

        // then
        assertThat(m.components()).extracting(Component::name).containsOnlyOnce("Ledger database")
                .doesNotContain("Amazon RDS", "PostgreSQL");
        Component ledger = m.component("ledger-database").orElseThrow();
        assertThat(ledger.kind()).isEqualTo(ComponentKind.DATA_STORE);
        assertThat(ledger.technology()).isEqualTo("Amazon RDS");
        assertThat(ledger.aliases()).contains("Amazon RDS PostgreSQL");
        assertThat(ledger.mentions()).extracting(Source::quote).hasSize(3);
    }

    @Test
    void should_merge_a_product_named_in_brackets_and_take_its_kind() {
        // when
        ContextModel m = extract("The mobile client talks to the Catalog API (AWS AppSync). AppSync resolves "
                + "queries against DynamoDB.");

        // then
        assertThat(m.components()).extracting(Component::name, Component::kind)
                .containsExactly(tuple("Catalog API", ComponentKind.API),
                        tuple("Amazon DynamoDB", ComponentKind.DATA_STORE));
        assertThat(m.component("catalog-api").orElseThrow().aliases()).contains("AWS AppSync");
    }

    @Test
    void should_merge_a_model_with_the_api_that_serves_it() {
        // when
        ContextModel m = extract("Answers are drafted by GPT-4o via the Azure OpenAI Service.");

        // then
        assertThat(m.components()).extracting(Component::name).hasSize(1);
    }

    @Test
    void should_make_a_generic_product_the_specific_one_the_text_also_names() {
        // when
        ContextModel m = extract("""
                Keys live in AWS Key Management Service (KMS). The Key Management Service rotates them yearly.
                Every bucket is encrypted with KMS.
                """);

        // then
        assertThat(m.components()).extracting(Component::name).containsExactly("AWS KMS");
    }

    @Test
    void should_not_merge_parts_of_different_kinds_or_a_listed_pair() {
        // when
        ContextModel m = extract("""
                - Search API: Elasticsearch cluster behind it
                - Stores used (S3, DynamoDB) are private.
                """);

        // then
        assertThat(m.components()).extracting(Component::name).contains("Amazon S3", "Amazon DynamoDB");
        assertThat(m.components()).allMatch(c -> c.aliases().isEmpty());
    }

    @Test
    void should_take_the_product_a_description_opens_with_as_the_parts_other_name() {
        // when
        ContextModel m = extract("""
                | Component | Description |
                |---|---|
                | Vector Index | Pinecone index holding the embedded chunks |
                | Conversation Store | Redis holding the last 20 turns of each conversation |
                | Chat Widget | React app that calls the Vector Index through the API |
                """);

        // then
        assertThat(m.components()).extracting(Component::name)
                .contains("Vector Index", "Conversation Store", "Chat Widget").doesNotContain("Pinecone", "Redis");
        assertThat(m.component("vector-index")).get().satisfies(c -> assertThat(c.aliases()).contains("Pinecone"));
        assertThat(m.component("conversation-store")).get().satisfies(c -> assertThat(c.aliases()).contains("Redis"));
    }

    @Test
    void should_land_later_text_on_a_known_alias() {
        // given
        ContextModel known = extract("Profile store: Azure Cosmos DB");

        // when
        ContextModel more = OfflineFactExtractorTest.EXTRACTOR.extract("Cosmos DB is not encrypted at rest.",
                OfflineFactExtractorTest.DOC, known);

        // then
        assertThat(more.components()).extracting(Component::name).containsExactly("Profile store");
        assertThat(more.facts()).extracting(f -> f.subject() + " " + f.property())
                .contains("profile-store ENCRYPTION_AT_REST");
    }

    @Test
    void should_read_what_each_part_of_an_inventory_table_is_built_on() {
        // when
        ContextModel m = extract("""
                | Component | Technology | Purpose |
                |---|---|---|
                | Quote engine | AWS Lambda | prices a basket |
                | Price book | Amazon Aurora PostgreSQL | list prices |
                | Token cache | in-memory map | short-lived tokens |
                """);

        // then
        assertThat(m.components()).extracting(Component::name, Component::kind).containsExactly(
                tuple("Quote engine", ComponentKind.FUNCTION), tuple("Price book", ComponentKind.DATA_STORE),
                tuple("Token cache", ComponentKind.CACHE));
        assertThat(m.component("price-book").orElseThrow().aliases()).contains("Amazon Aurora PostgreSQL");
        assertThat(m.component("quote-engine").orElseThrow().technology()).isEqualTo("AWS Lambda");
    }

    @Test
    void should_read_an_alias_column_and_keep_hosting_apart_from_what_a_part_is() {
        // when: a components table with an alias column and a hosting column
        ContextModel m = extract("""
                | Component | Alias | Description | Hosting |
                |---|---|---|---|
                | Conversation Orchestrator | CO | Python service that builds the prompt and calls the model. | EKS |
                | Vector Store | VS | Amazon OpenSearch Serverless vector collection. | AWS managed |

                1. CO → VS: semantic search over the latest message, vs the cached one.
                """);

        // then: one part per row, named by its alias too; the cluster it runs on is no other name of it
        assertThat(m.component("conversation-orchestrator").orElseThrow().aliases()).contains("CO").doesNotContain("EKS",
                "Amazon EKS");
        assertThat(m.component("conversation-orchestrator").orElseThrow().kind()).isEqualTo(ComponentKind.PROCESS);
        assertThat(m.component("vector-store").orElseThrow().aliases()).contains("VS")
                .doesNotContain("AWS managed");
        assertThat(m.components()).extracting(Component::id).doesNotContain("co", "vs");
        assertThat(m.flows()).anyMatch(f -> f.source().equals("conversation-orchestrator") && f.target().equals("vector-store"));
    }

    @Test
    void should_take_a_bare_role_noun_as_the_one_part_whose_name_ends_with_it() {
        // when
        ContextModel m = extract("""
                Clients asked for a modern portal. The ClientVault Portal is a React app that calls the Matter API.
                """);

        // then
        assertThat(m.components()).extracting(Component::name).contains("ClientVault Portal").doesNotContain("Portal");
    }

    @Test
    void should_take_an_abbreviation_that_keeps_more_than_initials_as_the_parts_other_name() {
        // when
        ContextModel m = extract("""
                - **Edge Gateway (EGW)** — fanless appliance running the containers below.
                - **BACnet Bridge (BB)** — container on the EGW that polls building controllers.

                The EGW publishes telemetry to AWS IoT Core.
                """);

        // then
        assertThat(m.components()).extracting(Component::id).contains("edge-gateway", "bacnet-bridge").doesNotContain("egw");
        assertThat(m.flows()).anyMatch(f -> f.source().equals("edge-gateway") && f.target().equals("aws-iot-core"));
        assertThat(Abbreviations.abbreviates("EGW", "Edge Gateway")).isTrue();
        assertThat(Abbreviations.abbreviates("GWE", "Edge Gateway")).isFalse();
    }
}
