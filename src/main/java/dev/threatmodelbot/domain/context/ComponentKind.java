package dev.threatmodelbot.domain.context;

/** What a component is, in data-flow-diagram terms plus the kinds that change which threats apply. */
public enum ComponentKind {
    PROCESS,
    WEB_APP,
    API,
    API_GATEWAY,
    FUNCTION,
    CONTAINER_PLATFORM,
    DATA_STORE,
    OBJECT_STORE,
    CACHE,
    QUEUE,
    SECRETS_STORE,
    /** Configuration that a controller or operator acts on and others may write: Kubernetes custom resources. */
    CONFIG_STORE,
    IDENTITY_PROVIDER,
    CDN,
    LOAD_BALANCER,
    EXTERNAL_SERVICE,
    EXTERNAL_ENTITY,
    LLM,
    VECTOR_STORE,
    ML_MODEL,
    ML_PIPELINE,
    NOTEBOOK,
    LOGGING,
    CI_CD;

    public boolean isDataStore() {
        return this == DATA_STORE || this == OBJECT_STORE || this == CACHE || this == SECRETS_STORE
                || this == VECTOR_STORE || this == CONFIG_STORE;
    }

    public boolean isMachineLearning() {
        return this == LLM || this == VECTOR_STORE || this == ML_MODEL || this == ML_PIPELINE || this == NOTEBOOK;
    }
}
