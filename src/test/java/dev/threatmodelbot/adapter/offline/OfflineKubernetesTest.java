package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.extract;
import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.flows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import org.junit.jupiter.api.Test;

/** How a Kubernetes operator's design reads: its custom resources and the control plane's flows. */
class OfflineKubernetesTest {

    private static final String OPERATOR = """
            # Backup operator

            The Backup Controller is the heart of the operator. It watches `BackupPolicy` objects and acts on changes.
            It uploads snapshots to Amazon S3 and records each run in RestoreJob resources.
            The operator ships custom resource definitions (CRDs) such as BackupPolicy and RestoreJob, and it never
            touches ConfigMap objects.
            The Policy Webhook validates and defaults BackupPolicy objects before the Kubernetes API server stores them.
            The Cert Rotator service issues and renews the serving certificates used for the Policy Webhook.
            Credentials for S3 are read from Kubernetes Secrets.
            """;

    @Test
    void should_read_the_custom_resources_an_operator_acts_on_as_one_configuration_store() {
        // when
        ContextModel m = extract(OPERATOR);

        // then
        assertThat(m.components()).extracting(Component::name, Component::kind)
                .contains(tuple("Custom resources", ComponentKind.CONFIG_STORE));
        assertThat(m.components()).filteredOn(c -> c.kind() == ComponentKind.CONFIG_STORE)
                .flatExtracting(Component::aliases).contains("BackupPolicy", "RestoreJob").doesNotContain("ConfigMap");
        assertThat(flows(m)).contains("Custom resources → Backup Controller");
    }

    @Test
    void should_draw_the_flows_the_control_plane_implies() {
        // when
        ContextModel m = extract(OPERATOR);

        // then
        assertThat(flows(m)).contains("Kubernetes API server → Custom resources",
                "Kubernetes API server → Kubernetes Secrets", "Kubernetes API server → Policy Webhook",
                "Cert Rotator service → Policy Webhook");
    }

    @Test
    void should_draw_no_control_plane_flow_without_an_api_server_or_an_admission_role() {
        // when
        ContextModel m = extract("""
                The Deploy Webhook receives push events from GitHub and calls the Release service.
                The Release service reads tokens from Kubernetes Secrets.
                """);

        // then
        assertThat(flows(m)).noneMatch(f -> f.contains("API server"));
    }

    @Test
    void should_keep_the_part_a_pronoun_stands_for_across_sentences() {
        // when
        ContextModel m = extract("""
                The Mirror Controller is the core of the operator. It watches MirrorRule objects.
                It fetches secrets from HashiCorp Vault.
                """);

        // then
        assertThat(flows(m)).contains("HashiCorp Vault → Mirror Controller")
                .noneMatch(f -> f.startsWith("HashiCorp Vault → Custom"));
    }

    @Test
    void should_send_changes_from_the_repository_to_the_pipeline_a_pull_request_triggers() {
        // when
        ContextModel m = extract("""
                All source code lives in GitHub. Opening a pull request triggers the GitHub Actions workflows,
                which build and publish the image to Docker Hub.
                """);

        // then
        assertThat(flows(m)).contains("GitHub → GitHub Actions");
    }
}
