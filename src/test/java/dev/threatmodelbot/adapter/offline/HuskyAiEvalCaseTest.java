package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ContextModel;
import org.junit.jupiter.api.Test;

/**
 * husky-ai: an ML image classifier on Azure, described as definition lines ("**Name** — {json with a
 * symbolic_name}") for actors, components, data stores, data sets and zones, and a list of data
 * flows written with those symbolic names ("bastion → api-gateway: …"). A careful reader finds 23
 * components and 23 flows; the extractor finds all 23 flows below plus Jupyter Notebook → Deployment
 * Service (24), and 24 components: the 23 below, one of them a duplicate actor (see "Not yet"), and
 * "Auth Service", named only in an assumption. Before symbolic names were read it found 24 components
 * with a separate "Engineer" and without "Third party tools", and 22 flows.
 *
 * <p>Each part keeps its symbolic name as an alias, so the flow list lands on the named parts:
 * "engineer" is the Data Engineer, "infrastructure-admin" the Azure Platform Engineer, and
 * "Third party tools" (named by its definition line, no product, no role noun) is found with its
 * three flows. Data sets and trust zones defined the same way are not parts.
 *
 * <p>The CNN the scope describes is an ML model part; the model blob holds model files and the
 * training blob training data, and a flow line's "encrypted" is its link's, not the blob's disks.
 *
 * <p>Not yet: "Infrastructure Admin", the DFD's name for the Azure Platform Engineer, is still a
 * second actor (nothing in the text says the two are one). Names as found: the training-images
 * blob is "Training and Validation Images storage" and the model blob "Machine Learning Model
 * storage" (the first wording the doc uses; the later "… Storage Blob" names are the same stores).
 */
class HuskyAiEvalCaseTest {

    @Test
    void should_find_what_a_careful_reader_finds_in_the_husky_ai_design() {
        // given
        String name = "husky-ai";

        // when
        ContextModel model = EvalCases.extract(name);

        // then
        assertThat(EvalCases.components(model)).contains("Azure AI Services [EXTERNAL_SERVICE]",
                "User [EXTERNAL_ENTITY]", "Data Engineer [EXTERNAL_ENTITY]", "Third party tools [EXTERNAL_SERVICE]",
                "Azure Platform Engineer [EXTERNAL_ENTITY]",
                "Infrastructure Admin [EXTERNAL_ENTITY]", "Simple Python Web Server [PROCESS]",
                "API Gateway [API_GATEWAY]", "Bastion Server [PROCESS]", "Gather Images Application [PROCESS]",
                "Jupyter Notebook [NOTEBOOK]", "Deployment Service [PROCESS]",
                "Training and Validation Images storage [DATA_STORE]", "API Key Storage [DATA_STORE]",
                "Authorized Keys Storage [DATA_STORE]", "Machine Learning Model storage [DATA_STORE]",
                "Source Code And Configuration Storage [DATA_STORE]", "Bastion Logs Storage [DATA_STORE]",
                "Azure Cache for Redis [CACHE]", "Azure Blob Storage [OBJECT_STORE]", "Azure Key Vault [SECRETS_STORE]",
                "Azure Monitor [LOGGING]", "GitHub [CI_CD]");
        assertThat(EvalCases.flows(model)).contains(
                "Azure AI Services → Gather Images Application",
                "Data Engineer → Gather Images Application",
                "Data Engineer → Jupyter Notebook",
                "Third party tools → Gather Images Application",
                "Third party tools → Jupyter Notebook",
                "Third party tools → Simple Python Web Server",
                "Gather Images Application → Training and Validation Images storage",
                "API Key Storage → Gather Images Application",
                "Training and Validation Images storage → Jupyter Notebook",
                "Gather Images Application → Jupyter Notebook",
                "Jupyter Notebook → Machine Learning Model storage",
                "Machine Learning Model storage → Deployment Service",
                "Source Code And Configuration Storage → Deployment Service",
                "User → API Gateway",
                "Bastion Server → API Gateway",
                "API Gateway → Simple Python Web Server",
                "Bastion Server → Simple Python Web Server",
                "Machine Learning Model storage → Simple Python Web Server",
                "Deployment Service → Bastion Server",
                "Bastion Server → Bastion Logs Storage",
                "Azure Platform Engineer → Bastion Server",
                "Bastion Server → Machine Learning Model storage",
                "Authorized Keys Storage → Bastion Server")
                .doesNotContain("Simple Python Web Server → API Gateway", "Jupyter Notebook → Data Engineer");
        assertThat(EvalCases.components(model)).doesNotContain("Engineer [EXTERNAL_ENTITY]")
                .noneMatch(c -> c.contains("Trust Zone") || c.startsWith("Uploaded Images"));
        assertThat(model.component("bastion-server").orElseThrow().aliases()).contains("bastion");
        assertThat(EvalCases.facts(model)).contains("Azure Blob Storage EXPOSURE=internal",
                "Azure Blob Storage AUTHORIZATION=rbac", "Azure Blob Storage AUTHORIZATION=abac",
                "Jupyter Notebook AUTHORIZATION=rbac", "Azure AI Services TRANSPORT=tls",
                "API Gateway EXPOSURE=public", "API Gateway INPUT_VALIDATION=validated",
                "API Gateway → Simple Python Web Server TRANSPORT=tls");
    }

    @Test
    void should_read_the_trained_model_and_what_the_ml_stores_hold() {
        // when
        ContextModel model = EvalCases.extract("husky-ai");

        // then: "a robust convolutional neural network (CNN)" is the model; the stores say what they hold
        assertThat(EvalCases.components(model)).contains("Convolutional neural network [ML_MODEL]")
                .noneMatch(c -> c.startsWith("CNN") || c.startsWith("Machine Learning Model [ML_MODEL]"));
        assertThat(EvalCases.facts(model)).contains("Machine Learning Model storage DATA_CLASSIFICATION=model-files",
                "Training and Validation Images storage DATA_CLASSIFICATION=training-data",
                "Azure Cache for Redis EXTERNAL_CONTENT=upload")
                .doesNotContain("API Key Storage ENCRYPTION_AT_REST=none", "Bastion Logs Storage ENCRYPTION_AT_REST=none")
                .noneMatch(f -> f.startsWith("Convolutional neural network AUTHORIZATION"));
    }
}
