package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.Confidence;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Classical ML systems: trained models as parts, what stores hold, serving, and the threats those facts ground. */
class OfflineMachineLearningTest {
    private static final String CHURN = """
            # Churn prediction

            Customers call the Prediction API from the mobile app over HTTPS.
            The Prediction API reads the churn model from the Model Registry when it starts.
            The churn model is a random forest trained every night.
            The Training Job reads labelled examples from the Feature Warehouse and writes the trained model to the Model Registry.
            The Ingest Worker writes customer events to the Feature Warehouse.
            """;

    private final RuleThreatDrafter drafter = RuleThreatDrafter.packaged();

    static ContextModel read(String doc) {
        return OfflineFactExtractor.packaged().extract(doc, Source.doc("§1", doc), ContextModel.EMPTY);
    }

    private static Optional<Threat> find(List<Threat> ts, String id) {
        return ts.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @Test
    void should_read_a_trained_model_as_one_ml_model_part_and_a_threat_model_as_none() {
        // given
        String doc = CHURN + "\nThis threat model follows the data model of the warehouse.";

        // when
        ContextModel m = read(doc);

        // then
        assertThat(EvalCases.components(m)).contains("Churn model [ML_MODEL]", "Model Registry [DATA_STORE]",
                "Feature Warehouse [DATA_STORE]", "Prediction API [API]")
                .noneMatch(c -> c.startsWith("Random forest") || c.toLowerCase().contains("threat model")
                        || c.toLowerCase().contains("data model"));
        assertThat(EvalCases.facts(m)).contains("Feature Warehouse → Training Job DATA_CLASSIFICATION=training-data",
                "Training Job → Model Registry DATA_CLASSIFICATION=model-files")
                .doesNotContain("Feature Warehouse → Training Job DATA_CLASSIFICATION=model-files");
    }

    @Test
    void should_name_a_model_by_its_architecture_and_its_acronym() {
        // when
        ContextModel m = read("The service classifies X-ray images with a convolutional neural network (CNN). "
                + "The CNN is retrained monthly.");

        // then
        assertThat(EvalCases.components(m)).contains("Convolutional neural network [ML_MODEL]")
                .noneMatch(c -> c.startsWith("CNN"));
    }

    @Test
    void should_draft_model_tampering_theft_poisoning_evasion_and_unsafe_loading_from_stated_flows() {
        // when
        List<Threat> ts = drafter.draft(read(CHURN));

        // then
        assertThat(find(ts, "model-store-tampering:model-registry")).get().satisfies(t -> {
            assertThat(t.attack()).isEqualTo("model-tampering");
            assertThat(t.subjects()).containsExactly("model-registry", "churn-model");
            assertThat(t.evidence()).anyMatch(e -> e.contains("model-files"));
        });
        assertThat(find(ts, "model-store-theft:model-registry")).get()
                .satisfies(t -> assertThat(t.attack()).isEqualTo("model-theft"));
        assertThat(find(ts, "training-data-poisoning:feature-warehouse")).get().satisfies(t -> {
            assertThat(t.attack()).isEqualTo("data-poisoning");
            assertThat(t.atlas()).contains("AML.T0020");
        });
        assertThat(find(ts, "served-model-evasion:prediction-api")).get().satisfies(t -> {
            assertThat(t.attack()).isEqualTo("model-evasion");
            assertThat(t.subjects()).contains("churn-model");
            assertThat(t.evidence()).contains("flow:customer->prediction-api", "flow:model-registry->prediction-api");
        });
        assertThat(find(ts, "unsafe-model-loading:prediction-api")).get()
                .satisfies(t -> assertThat(t.attack()).isEqualTo("injection"));
        assertThat(ts).as("said sharper by the model rules").noneMatch(t -> t.id().equals("data-deletion:model-registry")
                || t.id().equals("data-deletion:feature-warehouse") || t.id().equals("model-tampering:churn-model"));
        assertThat(find(ts, "training-data-poisoning:model-registry")).isEmpty();
        assertThat(ts).as("nobody outside reaches the training job").noneMatch(t -> t.rule().startsWith("served-")
                && t.subjects().contains("training-job"));
    }

    @Test
    void should_draft_no_model_threats_where_nothing_is_trained_or_served() {
        // when
        List<Threat> ts = drafter.draft(read("Shoppers call the Orders API over HTTPS. The Orders API writes "
                + "orders to the Orders Database. The Reporting Job reads orders from the Orders Database."));

        // then
        assertThat(ts).noneMatch(t -> t.rule().startsWith("model-") || t.rule().startsWith("served-")
                || t.rule().equals("training-data-poisoning") || t.rule().equals("unsafe-model-loading"));
    }

    @Test
    void should_draft_crafted_uploads_to_a_served_model_and_uploads_kept_in_a_cache() {
        // given
        String doc = """
                Customers upload photos of the damage to the Claims API over HTTPS.
                The Claims API reads the damage classifier from the Model Bucket.
                The Training Job writes the trained model to the Model Bucket.
                The Photo Cache keeps the images users upload for an hour.
                """;

        // when
        List<Threat> ts = drafter.draft(read(doc));

        // then
        assertThat(find(ts, "served-input-parsing:claims-api")).get()
                .satisfies(t -> assertThat(t.attack()).isEqualTo("injection"));
        assertThat(find(ts, "malicious-upload:claims-api")).as("said sharper").isEmpty();
        assertThat(find(ts, "stored-uploads-disclosure:photo-cache")).get()
                .satisfies(t -> assertThat(t.attack()).isEqualTo("data-disclosure"));
    }

    @Test
    void should_read_encrypted_on_a_flow_line_as_the_link_and_draft_unencrypted_inside_links_once() {
        // given
        String doc = """
                ## Data flows
                - web-api → indexer: Web API to Indexer (reindex requests) {"encrypted": true}
                - web-api → search-index: Web API to Search Index (queries) {"encrypted": false}
                - indexer → search-index: Indexer to Search Index (documents) {"encrypted": false}
                """;

        // when
        ContextModel m = read("The Web API, the Indexer and the Search Index run in one VPC. Visitors use the "
                + "Web API.\n" + doc);
        List<Threat> ts = drafter.draft(m);

        // then
        assertThat(EvalCases.facts(m)).noneMatch(f -> f.contains("ENCRYPTION_AT_REST"))
                .contains("Web API → Search Index TRANSPORT=plain")
                .anyMatch(f -> f.equalsIgnoreCase("Web API → Indexer TRANSPORT=tls"));
        assertThat(ts).filteredOn(t -> t.rule().equals("data-in-transit") && t.confidence() == Confidence.HIGH).singleElement().satisfies(t -> {
            assertThat(t.subjects()).hasSize(2);
            assertThat(t.title()).contains("Web API → Search Index").containsIgnoringCase("Indexer → Search Index");
        });
    }
    @Test
    void should_read_what_people_and_jobs_do_with_a_model_as_flows_to_where_it_goes() {
        // given
        String doc = """
                The data engineer pushes training code to the Source Repository.
                The data engineer deploys the fraud model to the Scoring Service.
                The Training Job reads labelled transactions from the Training Data Lake.
                The Training Job saves the fraud model to the Model Store.
                """;

        // when
        ContextModel m = read(doc);

        // then
        assertThat(EvalCases.flows(m)).contains("Data engineer → Source Repository", "Data engineer → Scoring Service",
                "Training Data Lake → Training Job")
                .noneMatch(f -> f.endsWith("→ Fraud model"));
        assertThat(EvalCases.facts(m)).contains("Training Data Lake DATA_CLASSIFICATION=training-data");
        assertThat(find(drafter.draft(m), "training-data-poisoning:training-data-lake")).get()
                .satisfies(t -> assertThat(t.evidence()).contains("flow:training-data-lake->training-job"));
    }
    @Test
    void should_leave_the_model_unresolved_when_the_doc_also_names_a_language_model() {
        // when
        ContextModel m = read("The Support Bot answers questions with GPT-4o. A toxicity classifier screens "
                + "every question first. The model's answers are rendered as HTML in the widget.");

        // then
        assertThat(EvalCases.components(m)).contains("Toxicity classifier [ML_MODEL]");
        assertThat(m.component("toxicity-classifier").orElseThrow().mentions()).hasSize(1);
    }
    @Test
    void should_not_put_anyone_on_a_network_path_of_a_library_import_or_a_local_copy() {
        // given
        String doc = """
                ## Data flows
                - Data Scientist → Training Service: training scripts copied locally from the scientist's laptop
                - Plotting Toolkit → Training Service: plotting library imported by the Training Service
                - Business Analyst → Scoring Service: scoring requests from the analyst's browser
                """;

        // when
        List<Threat> ts = drafter.draft(read(doc));

        // then
        assertThat(ts).filteredOn(t -> t.rule().equals("data-in-transit")).extracting(t -> t.subjects().get(0))
                .contains("business-analyst->scoring-service")
                .doesNotContain("data-scientist->training-service", "plotting-toolkit->training-service");
    }
    @Test
    void should_read_a_prose_ml_design_where_the_server_is_exposed_and_caches_what_couriers_upload() {
        // given
        String doc = """
                Couriers upload photos of parcels to the Inspection API from the courier app.
                The Inspection API runs the damage classifier on each photo and returns a damage score.
                The Inspection API caches each photo in the Photo Cache for a day.
                Every week the Training Pipeline reads labelled images from the Training Bucket and saves the trained model to the Model Registry as a pickle file.
                The Inspection API loads the model files from the Model Registry at start-up.
                The Training Bucket is encrypted at rest with SSE-KMS.
                The Inspection API is exposed to the internet.
                """;

        // when
        ContextModel m = read(doc);
        List<Threat> ts = drafter.draft(m);

        // then
        assertThat(EvalCases.facts(m)).contains("Model Registry DATA_CLASSIFICATION=model-files")
                .noneMatch(f -> f.startsWith("Training Bucket") && f.endsWith("model-files"));
        assertThat(find(ts, "served-model-evasion:inspection-api")).get()
                .satisfies(t -> assertThat(t.evidence()).anyMatch(e -> e.contains("EXPOSURE:public")));
        assertThat(find(ts, "served-input-parsing:inspection-api")).isPresent();
        assertThat(find(ts, "training-data-poisoning:training-bucket")).isPresent();
        assertThat(find(ts, "model-store-tampering:training-bucket")).isEmpty();
        assertThat(find(ts, "kept-uploads-disclosure:photo-cache")).isPresent();
        assertThat(find(ts, "store-direct-access:photo-cache")).as("said sharper").isEmpty();
        assertThat(ts).noneMatch(t -> t.rule().equals("store-unencrypted") && t.subjects().contains("training-bucket"));
    }
}
