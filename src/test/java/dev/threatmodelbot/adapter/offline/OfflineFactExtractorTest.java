package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.context.Source;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineFactExtractorTest {
    static final OfflineFactExtractor EXTRACTOR = OfflineFactExtractor.packaged();
    static final Source DOC = Source.doc("§2", "");

    static ContextModel extract(String text) {
        return EXTRACTOR.extract(text, DOC, ContextModel.EMPTY);
    }

    static List<String> flows(ContextModel m) {
        return m.flows().stream().map(f -> name(m, f.source()) + " → " + name(m, f.target())).toList();
    }

    static String name(ContextModel m, String id) {
        return m.component(id).map(Component::name).orElse(id);
    }

    @Test
    void should_name_catalogue_products_with_their_kind_and_quote_each_sentence() {
        // when
        ContextModel m = extract("Orders live in DynamoDB. Invoices go to an S3 bucket. DynamoDB streams feed SQS.");

        // then
        assertThat(m.components()).extracting(Component::id, Component::name, Component::kind, Component::technology)
                .containsExactly(
                        tuple("amazon-dynamodb", "Amazon DynamoDB", ComponentKind.DATA_STORE, "Amazon DynamoDB"),
                        tuple("amazon-s3", "Amazon S3", ComponentKind.OBJECT_STORE, "Amazon S3"),
                        tuple("amazon-sqs", "Amazon SQS", ComponentKind.QUEUE, "Amazon SQS"));
        assertThat(m.component("amazon-dynamodb").orElseThrow().mentions()).extracting(Source::quote, Source::reference)
                .containsExactly(tuple("Orders live in DynamoDB.", "§2"), tuple("DynamoDB streams feed SQS.", "§2"));
    }

    @Test
    void should_name_components_by_role() {
        // when
        ContextModel m = extract("The Orders service calls the Payments API. Core Controller: The Core Controller "
                + "watches objects. The Webhook validates them. Then the billing worker runs. Nightly, the Export Job "
                + "writes to the Reporting DB.");

        // then
        assertThat(m.components()).extracting(Component::name, Component::kind, Component::technology).contains(
                tuple("Orders service", ComponentKind.PROCESS, ""), tuple("Payments API", ComponentKind.API, ""),
                tuple("Core Controller", ComponentKind.PROCESS, ""), tuple("Webhook", ComponentKind.API, ""),
                tuple("billing worker", ComponentKind.PROCESS, ""), tuple("Export Job", ComponentKind.PROCESS, ""),
                tuple("Reporting DB", ComponentKind.DATA_STORE, ""));
    }

    @Test
    void should_not_invent_components_from_ordinary_words() {
        // when
        ContextModel m = extract("Contains storage for models. External service providing images. Stores API keys "
                + "for access. The DynamoDB table is updated by the existing service. Data Storage and Access: none.");

        // then
        assertThat(m.components()).extracting(Component::name).containsExactly("Amazon DynamoDB");
    }

    @Test
    void should_use_acronyms_short_forms_and_the_role_noun_the_text_defines() {
        // when
        ContextModel m = extract("External Secrets Operator (ESO) runs in the cluster. The operator reads secrets. "
                + "ESO writes to Kubernetes Secrets. The Bastion Server is hardened. Admins reach Bastion over SSH.");

        // then
        assertThat(m.component("external-secrets-operator").orElseThrow().mentions()).hasSize(3);
        assertThat(m.component("bastion-server").orElseThrow().mentions()).hasSize(2);
    }

    @Test
    void should_run_flows_the_way_the_data_goes() {
        // when
        ContextModel m = extract("The Orders service writes orders to Postgres. The Report Job reads from Postgres. "
                + "The Web Frontend calls the Orders service. Postgres is queried by the Audit Job. "
                + "The Orders service is invoked by API Gateway. The Orders service publishes events to Kafka.");

        // then
        assertThat(flows(m)).containsExactly("Orders service → PostgreSQL", "PostgreSQL → Report Job",
                "Web Frontend → Orders service", "PostgreSQL → Audit Job", "API Gateway → Orders service",
                "Orders service → Apache Kafka");
        assertThat(m.flows().get(0)).extracting(DataFlow::id, DataFlow::description)
                .containsExactly("orders-service->postgresql", "The Orders service writes orders to Postgres.");
    }

    @Test
    void should_read_arrows_from_to_lists_and_examples() {
        // when
        ContextModel m = extract("""
                - Lambda → DynamoDB
                - Transfer data from the Gateway Service to Redis.
                - The pipeline deploys the stack (CloudFront + S3 + AWS WAF).
                - The Sync Job fetches secrets from external stores (like Vault, Key Vault).
                - Browser to CloudFront: static assets
                """);

        // then
        assertThat(flows(m)).contains("AWS Lambda → Amazon DynamoDB", "Gateway Service → Redis",
                "External store → Sync Job", "Web Browser → Amazon CloudFront"); // the stores are alternatives: one part
    }

    @Test
    void should_take_the_subject_of_an_item_from_its_heading_or_a_pronoun_from_the_previous_sentence() {
        // when
        ContextModel m = extract("""
                ### Ingest Worker
                - Reads events from SQS.
                - Writes summaries to DynamoDB.

                The Billing API sits behind CloudFront. It calls Stripe.
                """);

        // then
        assertThat(flows(m)).containsExactly("Amazon SQS → Ingest Worker", "Ingest Worker → Amazon DynamoDB",
                "Amazon CloudFront → Billing API", "Billing API → Stripe");
    }

    @Test
    void should_give_a_coordinated_verb_the_sentence_subject() {
        // when
        ContextModel m = extract("The Sync Job reads from DynamoDB and writes to S3.");

        // then
        assertThat(flows(m)).containsExactly("Amazon DynamoDB → Sync Job", "Sync Job → Amazon S3");
    }

    @Test
    void should_state_facts_about_the_flow_the_component_or_the_system() {
        // when
        ContextModel m = extract("We store PII. The Orders service calls the Payments API over mTLS. Postgres is "
                + "encrypted with KMS. It is backed up nightly to S3, which is not encrypted.");

        // then
        assertThat(m.facts()).extracting(Fact::subject, Fact::property, Fact::value).containsExactly(
                tuple(Fact.SYSTEM, Property.DATA_CLASSIFICATION, "pii"),
                tuple("orders-service->payments-api", Property.TRANSPORT, "mtls"),
                tuple("orders-service->payments-api", Property.AUTHENTICATION, "mtls"),
                tuple("postgresql", Property.ENCRYPTION_AT_REST, "encrypted"),
                tuple("postgresql", Property.ENCRYPTION_AT_REST, "kms"),
                tuple("amazon-s3", Property.ENCRYPTION_AT_REST, "none"));
        Fact first = m.facts().get(1);
        assertThat(first.id()).isEqualTo("orders-service->payments-api:TRANSPORT:mtls:§2");
        assertThat(first.status()).isEqualTo(FactStatus.STATED);
        assertThat(first.source().quote()).isEqualTo("The Orders service calls the Payments API over mTLS.");
    }

    @Test
    void should_fall_back_to_the_component_named_last_in_the_previous_sentence() {
        // when
        ContextModel m = extract("The Orders service writes to Redis. No authentication is required.");

        // then
        assertThat(m.facts()).extracting(Fact::subject, Fact::property, Fact::value)
                .containsExactly(tuple("redis", Property.AUTHENTICATION, "none"));
    }

    @Test
    void should_refer_to_known_components_by_their_names() {
        // given
        Component orders = new Component("orders", "Orders API", ComponentKind.API, "", List.of());
        Component db = new Component("main-db", "Main database", ComponentKind.DATA_STORE, "PostgreSQL", List.of());
        ContextModel known = new ContextModel(List.of(orders, db), List.of(), List.of());
        Source answer = Source.answer("1700000000.1", "U1", Instant.EPOCH, "");

        // when
        ContextModel m = EXTRACTOR.extract("the orders api reads from postgres without TLS", answer, known);

        // then
        assertThat(m.components()).extracting(Component::id).containsExactly("orders", "main-db");
        assertThat(m.flows()).extracting(DataFlow::id).containsExactly("main-db->orders");
        assertThat(m.facts()).extracting(Fact::id).containsExactly("main-db->orders:TRANSPORT:plain:1700000000.1");
        assertThat(m.facts().get(0).source().author()).contains("U1");
    }

    @Test
    void should_give_the_same_model_for_the_same_text() {
        String text = "The Orders service writes to Postgres over TLS. Postgres is not publicly accessible.";

        assertThat(extract(text)).isEqualTo(extract(text));
    }

    @Test
    void should_find_nothing_in_text_that_names_nothing() {
        assertThat(extract("We will discuss this tomorrow. Nothing is decided.")).isEqualTo(ContextModel.EMPTY);
    }

    @Test
    void should_name_the_part_by_its_role_label_and_keep_the_product_as_its_alias() {
        // given
        ContextModel doc = extract("- Orders database: Amazon RDS PostgreSQL holding order history\n"
                + "- Key store: AWS KMS");

        // when
        ContextModel answer = EXTRACTOR.extract("The orders database is not encrypted at rest.",
                Source.answer("1700000000.000100", "UBOB", Instant.EPOCH, ""), doc);

        // then
        assertThat(doc.component("orders-database")).get().satisfies(c -> assertThat(c.aliases())
                .contains("Amazon RDS"));
        assertThat(answer.components()).extracting(Component::id).containsExactly("orders-database");
        assertThat(answer.facts()).extracting(Fact::subject, Fact::property, Fact::value)
                .containsExactly(tuple("orders-database", Property.ENCRYPTION_AT_REST, "none"));
    }

    @Test
    void should_land_the_role_label_on_the_labelled_part_in_the_same_text_too() {
        // when
        ContextModel m = extract("- Orders database: Amazon RDS PostgreSQL holding order history\n\n"
                + "The orders database is encrypted at rest with AWS KMS.");

        // then
        assertThat(m.components()).extracting(Component::id).contains("orders-database")
                .doesNotContain("amazon-rds", "postgresql");
        assertThat(m.facts()).extracting(Fact::subject, Fact::property, Fact::value)
                .contains(tuple("orders-database", Property.ENCRYPTION_AT_REST, "kms"));
    }

    @Test
    void should_give_what_an_item_says_after_its_label_sentence_to_the_labelled_part() {
        // when
        ContextModel m = extract("The Web UI calls the API Server over HTTPS.\n\n"
                + "- **API Server**: REST API used by the Web UI and the Admin CLI. Exposed through "
                + "an ingress on the internet so on-call engineers can trigger syncs from home.\n"
                + "- **Web UI**: React dashboard showing sync status.");

        // then
        assertThat(m.facts()).extracting(Fact::subject, Fact::property, Fact::value)
                .contains(tuple("api-server", Property.EXPOSURE, "public"))
                .doesNotContain(tuple("web-ui", Property.EXPOSURE, "public"));
    }

    @Test
    void should_give_what_a_pronoun_says_to_the_part_named_before_not_to_one_named_after() {
        // when
        ContextModel m = extract("I look after the orders database. It is not encrypted at rest; we never turned "
                + "KMS on.");

        // then
        assertThat(m.facts()).extracting(Fact::subject, Fact::property, Fact::value)
                .containsExactly(tuple("orders-database", Property.ENCRYPTION_AT_REST, "none"));
    }
}
