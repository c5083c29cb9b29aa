package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.context.ComponentKind;

/**
 * How a kind of component is drawn: the PlantUML element ({@code keyword}), the stereotype that
 * names the kind, and whether it is a machine-learning part, which gets its own colour.
 */
record Shape(String keyword, String stereotype, boolean machineLearning) {

    /** What a flow end that no component describes is drawn as: nothing is assumed about it. */
    static final Shape UNDESCRIBED = new Shape("rectangle", "not described", false);

    static Shape of(ComponentKind kind) {
        return switch (kind) {
            case EXTERNAL_ENTITY -> new Shape("actor", "external entity", false);
            case EXTERNAL_SERVICE -> new Shape("rectangle", "external service", false);
            case IDENTITY_PROVIDER -> new Shape("rectangle", "identity provider", false);
            case DATA_STORE -> new Shape("database", "data store", false);
            case OBJECT_STORE -> new Shape("storage", "object store", false);
            case CACHE -> new Shape("database", "cache", false);
            case SECRETS_STORE -> new Shape("database", "secrets store", false);
            case CONFIG_STORE -> new Shape("database", "configuration store", false);
            case VECTOR_STORE -> new Shape("database", "ML vector store", true);
            case QUEUE -> new Shape("queue", "queue", false);
            case LLM -> new Shape("component", "LLM", true);
            case ML_MODEL -> new Shape("component", "ML model", true);
            case ML_PIPELINE -> new Shape("component", "ML pipeline", true);
            case NOTEBOOK -> new Shape("component", "ML notebook", true);
            case CONTAINER_PLATFORM -> new Shape("node", "container platform", false);
            default -> new Shape("component", processName(kind), false);
        };
    }

    private static String processName(ComponentKind kind) {
        return switch (kind) {
            case API -> "API";
            case API_GATEWAY -> "API gateway";
            case CDN -> "CDN";
            case CI_CD -> "CI/CD";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
