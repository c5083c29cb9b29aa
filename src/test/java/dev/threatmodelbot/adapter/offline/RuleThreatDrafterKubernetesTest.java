package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.adapter.offline.RuleThreatDrafterTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.threat.AttackClass;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Threats on an operator's own resources, the secrets it writes and the webhook the API server waits on.
 * A hit resting on silence alone is only an assumption to confirm, so "drafted" here means grounded.
 */
class RuleThreatDrafterKubernetesTest {
    private final RuleThreatDrafter drafter = RuleThreatDrafter.packaged();

    private static final String OPERATOR = """
            The Quota Controller watches `QuotaPlan` custom resources and writes service tokens to Kubernetes Secrets.
            The Plan Webhook validates QuotaPlan objects before the Kubernetes API server accepts them.
            """;

    @Test
    void should_draft_tampering_with_the_custom_resources_a_controller_acts_on() {
        // when
        List<Threat> ts = drafter.draft(read(OPERATOR));

        // then
        assertThat(ts).filteredOn(t -> t.rule().equals("operator-configuration-change")).singleElement()
                .satisfies(t -> {
                    assertThat(t.attack()).isEqualTo(AttackClass.CONFIG_TAMPERING.code());
                    assertThat(t.subjects()).containsExactly("custom-resources");
                    assertThat(t.restsOnSilence()).isFalse();
                });
    }

    @Test
    void should_draft_untraceable_secret_changes_only_where_automation_writes_secrets_and_no_audit_trail_is_stated() {
        // when
        List<Threat> silent = drafter.draft(read(OPERATOR));
        List<Threat> audited = drafter.draft(read(OPERATOR + "Every change to Kubernetes Secrets is kept in audit logs.\n"));
        List<Threat> readOnly = drafter.draft(read("The Report Job reads a database password from Kubernetes Secrets.\n"));

        // then
        assertThat(silent).filteredOn(t -> t.rule().equals("secret-change-repudiation") && !t.restsOnSilence()).singleElement()
                .satisfies(t -> {
                    assertThat(t.attack()).isEqualTo(AttackClass.REPUDIATION.code());
                    assertThat(t.subjects()).containsExactly("kubernetes-secrets");
                    assertThat(t.evidence()).isNotEmpty();
                });
        assertThat(audited).noneMatch(t -> t.rule().equals("secret-change-repudiation") && !t.restsOnSilence());
        assertThat(readOnly).noneMatch(t -> t.rule().equals("secret-change-repudiation") && !t.restsOnSilence());
    }

    @Test
    void should_draft_flooding_of_a_webhook_the_api_server_waits_on_unless_a_limit_is_stated() {
        // when
        List<Threat> ts = drafter.draft(read(OPERATOR));
        List<Threat> limited = drafter.draft(read(OPERATOR + "The Plan Webhook rate-limits its callers.\n"));

        // then
        assertThat(ts).filteredOn(t -> t.rule().equals("dependent-api-flooding") && !t.restsOnSilence()).singleElement()
                .satisfies(t -> {
                    assertThat(t.attack()).isEqualTo(AttackClass.DENIAL_OF_SERVICE.code());
                    assertThat(t.subjects()).containsExactly("plan-webhook");
                    assertThat(t.title()).isEqualTo("Floods of requests to Plan Webhook also stall the API that waits on "
                            + "its answers");
                });
        assertThat(limited).noneMatch(t -> t.rule().equals("dependent-api-flooding") && !t.restsOnSilence());
    }
}
