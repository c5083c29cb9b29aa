package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ContextModel;
import org.junit.jupiter.api.Test;

/**
 * external-secrets-operator: a CNCF self-assessment of a Kubernetes operator. The secret stores it
 * integrates ("external secret management systems like AWS Secrets Manager, HashiCorp Vault, …") are
 * alternatives for one role: one part keeping each product as an alias.
 *
 * <p>Missed, and why:
 * <ul>
 *   <li>component: the Kubernetes workloads (pods) that consume the synced secrets ("applications or
 *       workloads running in Kubernetes"), and with it the flow Kubernetes Secrets → workloads;</li>
 *   <li>flow Kubernetes API server → Webhook: "intercepts requests … before they are processed by the
 *       Kubernetes API server" puts the webhook before the server, in words the patterns do not read;</li>
 *   <li>flow Cert Controller → Webhook: "certificates … for the webhook service" states no movement.</li>
 * </ul>
 * The CI pipeline is found as "Development Pipeline" (its heading) publishing to Docker Hub. People are
 * read where they act on the system: the user who provides a PushSecret's template data and the
 * maintainer who approves pull requests (external actors; their acts name no part, so no flow).
 */
class ExternalSecretsOperatorEvalCaseTest {

    @Test
    void should_find_what_a_careful_reader_finds_in_the_external_secrets_operator_design() {
        // given
        String name = "external-secrets-operator";

        // when
        ContextModel model = EvalCases.extract(name);

        // then
        assertThat(EvalCases.components(model)).contains("External Secrets Operator [PROCESS]",
                "Core Controller [PROCESS]", "Cert Controller [PROCESS]", "Webhook [API]",
                "Kubernetes [CONTAINER_PLATFORM]", "Kubernetes API server [API]", "Kubernetes Secrets [SECRETS_STORE]",
                "etcd [DATA_STORE]", "External secret management system [SECRETS_STORE]",
                "Key Management Service [SECRETS_STORE]", "GitHub [CI_CD]", "GitHub Actions [CI_CD]",
                "Docker Hub [DATA_STORE]", "User [EXTERNAL_ENTITY]", "Maintainer [EXTERNAL_ENTITY]")
                .noneMatch(c -> c.startsWith("Community member")) // the assessment's authors are no actors
                // providers offered as alternatives are one part; tools applied to the pipeline, credential
                // kinds, community channels and related projects are no parts
                .noneMatch(c -> c.startsWith("HashiCorp Vault") || c.startsWith("AWS Secrets Manager")
                        || c.startsWith("Trivy") || c.startsWith("SonarCloud") || c.startsWith("Dependabot")
                        || c.startsWith("Slack") || c.startsWith("AWS STS") || c.startsWith("Amazon ECR")
                        || c.startsWith("Secrets Store CSI Driver"));
        assertThat(model.components()).filteredOn(c -> c.name().equals("External secret management system"))
                .flatExtracting(c -> c.aliases()).contains("AWS Secrets Manager", "HashiCorp Vault", "Azure Key Vault",
                        "CyberArk Conjur");
        assertThat(EvalCases.flows(model)).contains("External Secrets Operator → External secret management system",
                "External secret management system → External Secrets Operator",
                "External secret management system → Core Controller", "Core Controller → Kubernetes Secrets",
                "External Secrets Operator → Kubernetes Secrets", "External Secrets Operator → Kubernetes API server",
                "Kubernetes Secrets → etcd", "Development Pipeline → Docker Hub")
                .doesNotContain("Kubernetes Secrets → External Secrets Operator", "etcd → Kubernetes Secrets");
        assertThat(EvalCases.facts(model)).contains("etcd ENCRYPTION_AT_REST=encrypted", "etcd ENCRYPTION_AT_REST=kms",
                "Kubernetes AUTHORIZATION=rbac", "Kubernetes API server AUTHENTICATION=mtls",
                "Kubernetes API server AUTHENTICATION=token", "External Secrets Operator INPUT_VALIDATION=validated");
    }
}
