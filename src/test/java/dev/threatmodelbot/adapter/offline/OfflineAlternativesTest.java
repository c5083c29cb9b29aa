package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import org.junit.jupiter.api.Test;

/** Products offered as alternatives for one role, and tools or credential kinds named in passing. */
class OfflineAlternativesTest {

    @Test
    void should_read_products_listed_as_alternatives_for_one_role_as_one_part_keeping_their_names() {
        // when
        ContextModel m = extract("""
                The Sync Agent copies credentials from remote secret stores such as Doppler, Akeyless or 1Password.
                Operators pick one back end per namespace.
                """);

        // then
        assertThat(m.components()).extracting(Component::name, Component::kind).containsExactly(
                tuple("Sync Agent", ComponentKind.PROCESS),
                tuple("Remote secret store", ComponentKind.SECRETS_STORE));
        assertThat(m.components().get(1).aliases()).contains("Doppler", "Akeyless", "1Password");
        assertThat(OfflineFactExtractorTest.flows(m)).containsExactly("Remote secret store → Sync Agent");
    }

    @Test
    void should_name_a_list_of_alternatives_without_a_role_by_its_first_product() {
        // when
        ContextModel m = extract("The Config Service supports HashiCorp Vault, Doppler and Akeyless.");

        // then
        assertThat(m.components()).extracting(Component::name).containsExactly("Config Service", "HashiCorp Vault");
        assertThat(m.components().get(1).aliases()).containsExactly("Doppler", "Akeyless");
    }

    @Test
    void should_keep_products_of_different_kinds_or_with_roles_of_their_own_apart() {
        // when
        ContextModel m = extract("""
                Session cache: Redis
                The Billing API uses managed services such as Amazon S3, Amazon DynamoDB and Amazon SQS.
                The Billing API keeps rates in data stores like Redis and PostgreSQL.
                """);

        // then
        assertThat(m.components()).extracting(Component::name).contains("Session cache", "Amazon S3",
                "Amazon DynamoDB", "Amazon SQS", "PostgreSQL");
    }

    @Test
    void should_not_take_scanners_linters_or_alert_channels_applied_to_other_parts_for_parts() {
        // when
        ContextModel m = extract("""
                The Release Pipeline builds the image; images are scanned with Trivy and every pull request is
                checked by SonarCloud. Dependabot opens dependency updates. Build failures are announced in Slack.
                The Pager Service posts incidents to Slack.
                """);

        // then
        assertThat(m.components()).extracting(Component::name).contains("Release Pipeline", "Pager Service", "Slack")
                .doesNotContain("Trivy", "SonarCloud", "Dependabot");
    }

    @Test
    void should_not_take_a_product_naming_a_kind_of_credential_for_a_part() {
        // when
        ContextModel m = extract("The Token Minter issues short-lived STS tokens and ECR access tokens to build jobs.");

        // then
        assertThat(m.components()).extracting(Component::name).doesNotContain("AWS STS", "Amazon ECR");
    }

    @Test
    void should_not_take_related_projects_or_community_channels_for_parts() {
        // when
        ContextModel m = extract("""
                # Design
                The Mount Controller writes secrets to Kubernetes Secrets.

                ## Related projects
                - Secrets Store CSI Driver mounts secrets from external stores as volumes.

                ## Communication channels
                - Slack: #mount-controller
                - Mailing list on GitHub Discussions
                """);

        // then
        assertThat(m.components()).extracting(Component::name).containsExactly("Mount Controller", "Kubernetes Secrets");
    }
}
