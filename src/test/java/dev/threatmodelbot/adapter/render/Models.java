package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.context.Source;
import java.util.List;

/** Hand-built context models for the renderer tests. */
final class Models {
    private static final Source DOC = Source.doc("§2", "as the design says");

    private Models() {}

    /** A small serverless system: gateway, Lambda, DynamoDB, Cognito; one plain flow, one mTLS flow. */
    static ContextModel serverless() {
        return new ContextModel(
                List.of(
                        component("orders-lambda", "Orders Lambda", ComponentKind.FUNCTION, "AWS Lambda"),
                        component("api-gateway", "API Gateway", ComponentKind.API_GATEWAY, "Amazon API Gateway"),
                        component("dynamodb", "DynamoDB", ComponentKind.DATA_STORE, "DynamoDB"),
                        component("cognito", "Cognito", ComponentKind.IDENTITY_PROVIDER, "Amazon Cognito"),
                        component("customer", "Customer", ComponentKind.EXTERNAL_ENTITY, "")),
                List.of(
                        flow("customer", "api-gateway", "orders with JWT"),
                        flow("api-gateway", "orders-lambda", "order request"),
                        flow("orders-lambda", "dynamodb", "order items"),
                        flow("api-gateway", "cognito", "")),
                List.of(
                        fact("f1", "api-gateway", Property.EXPOSURE, "public", FactStatus.STATED),
                        fact("f2", "orders-lambda", Property.EXPOSURE, "internal", FactStatus.STATED),
                        fact("f3", "dynamodb", Property.EXPOSURE, "vpn", FactStatus.CONFIRMED),
                        fact("f4", "customer->api-gateway", Property.TRANSPORT, "tls", FactStatus.STATED),
                        fact("f5", "api-gateway->orders-lambda", Property.TRANSPORT, "plain", FactStatus.STATED),
                        fact("f6", "orders-lambda->dynamodb", Property.TRANSPORT, "mtls", FactStatus.STATED),
                        fact("f7", "orders-lambda->dynamodb", Property.TRANSPORT, "plain", FactStatus.SUPERSEDED)));
    }

    /** The serverless system plus a hosted LLM, an embedding store, a bucket and a queue, some facts disputed. */
    static ContextModel serverlessWithMl() {
        ContextModel more = new ContextModel(
                List.of(
                        component("openai", "GPT-4o", ComponentKind.LLM, "OpenAI"),
                        component("pgvector", "Embeddings", ComponentKind.VECTOR_STORE, "pgvector"),
                        component("s3", "Invoices bucket", ComponentKind.OBJECT_STORE, "Amazon S3"),
                        component("sqs", "Order events", ComponentKind.QUEUE, "Amazon SQS")),
                List.of(
                        flow("orders-lambda", "openai", "prompt with order text"),
                        flow("orders-lambda", "pgvector", "similar orders"),
                        flow("orders-lambda", "s3", "invoice PDF"),
                        flow("orders-lambda", "sqs", "order placed")),
                List.of(
                        fact("m1", "orders-lambda->openai", Property.TRANSPORT, "tls", FactStatus.STATED),
                        fact("m2", "orders-lambda->openai", Property.TRANSPORT, "plain", FactStatus.STATED),
                        fact("m3", "pgvector", Property.EXPOSURE, "internal", FactStatus.STATED),
                        fact("m4", "orders-lambda->pgvector", Property.TRANSPORT, "tls", FactStatus.CONFIRMED),
                        fact("m5", "sqs", Property.EXPOSURE, "public", FactStatus.STATED),
                        fact("m6", "sqs", Property.EXPOSURE, "internal", FactStatus.STATED)));
        return serverless().merge(more);
    }

    static Component component(String id, String name, ComponentKind kind, String technology) {
        return new Component(id, name, kind, technology, List.of(DOC));
    }

    static DataFlow flow(String source, String target, String description) {
        return new DataFlow(DataFlow.idOf(source, target), source, target, description, List.of(DOC));
    }

    static Fact fact(String id, String subject, Property property, String value, FactStatus status) {
        return new Fact(id, subject, property, value, DOC, status);
    }
}
