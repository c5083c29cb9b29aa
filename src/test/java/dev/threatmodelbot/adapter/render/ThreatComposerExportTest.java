package dev.threatmodelbot.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threatmodelbot.application.port.ModelExporter.Format;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The threat-composer export must import: links resolve, ids are UUIDs, values within the app's limits. */
class ThreatComposerExportTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final JsonNode tc = ModelExportsTest.json(new ModelExports().export(ModelExportsTest.session(),
            Format.THREAT_COMPOSER));

    @Test
    void should_be_a_schema_1_export_of_the_system() {
        assertThat(tc.get("schema").asInt()).isEqualTo(1);
        assertThat(tc.get("applicationInfo").get("name").asText()).isEqualTo("Payments");
        assertThat(tc.get("architecture").get("description").asText()).contains("**Payments API**");
        assertThat(tc.get("dataflow").get("description").asText()).contains("Payments API → Orders DB: order rows");
        assertThat(tc.get("threats")).hasSize(3);
    }

    @Test
    void should_link_only_mitigations_assumptions_and_threats_that_exist() {
        Set<String> threats = ids(tc.get("threats"));
        Set<String> mitigations = ids(tc.get("mitigations"));
        Set<String> assumptions = ids(tc.get("assumptions"));

        assertThat(tc.get("mitigationLinks")).hasSize(3);
        tc.get("mitigationLinks").forEach(l -> {
            assertThat(mitigations).contains(l.get("mitigationId").asText());
            assertThat(threats).contains(l.get("linkedId").asText());
        });
        assertThat(tc.get("assumptionLinks")).hasSize(1);
        tc.get("assumptionLinks").forEach(l -> {
            assertThat(l.get("type").asText()).isEqualTo("Threat");
            assertThat(assumptions).contains(l.get("assumptionId").asText());
            assertThat(threats).contains(l.get("linkedId").asText());
        });
    }

    @Test
    void should_give_each_threat_its_status_stride_priority_and_tags() {
        JsonNode approved = tc.get("threats").get(0);
        JsonNode rejected = tc.get("threats").get(1);
        JsonNode pending = tc.get("threats").get(2);

        assertThat(approved.get("status").asText()).isEqualTo("threatIdentified");
        assertThat(rejected.get("status").asText()).isEqualTo("threatResolvedNotUseful");
        assertThat(pending.get("status").asText()).isEqualTo("threatIdentified");
        assertThat(approved.get("metadata").toString()).contains("{\"key\":\"STRIDE\",\"value\":[\"S\",\"E\"]}",
                "{\"key\":\"Priority\",\"value\":\"High\"}", "approved by ULEAD on 2026-11-21");
        assertThat(pending.get("tags").toString()).isEqualTo("[\"pending\",\"medium\",\"LLM01:2026\",\"LLM01:2025\",\"AML.T0051\"]");
        assertThat(pending.get("impactedAssets").toString()).isEqualTo("[\"GPT-4o\",\"Payments API\"]");
        assertThat(pending.get("impactedGoal").toString()).isEqualTo("[\"integrity\",\"authorization\"]");
        assertThat(pending.get("numericId").asInt()).isEqualTo(3);
    }

    @Test
    void should_keep_every_value_within_the_limits_threat_composer_checks() {
        tc.get("threats").forEach(t -> {
            for (String field : new String[] {"threatSource", "threatAction", "threatImpact"}) {
                assertThat(t.get(field).asText().length()).as(field).isLessThanOrEqualTo(200);
            }
            assertThat(t.get("statement").asText().length()).isLessThanOrEqualTo(1400);
            t.get("tags").forEach(tag -> assertThat(tag.asText()).isNotEmpty().hasSizeLessThanOrEqualTo(30));
            t.get("metadata").forEach(m -> assertThat(m.get("key").asText()).isIn("STRIDE", "Priority", "Comments"));
        });
        tc.get("mitigations").forEach(m -> assertThat(m.get("content").asText()).hasSizeLessThanOrEqualTo(1000));
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> ids = new HashSet<>();
        list.forEach(n -> {
            assertThat(n.get("id").asText()).matches(UUID);
            assertThat(ids.add(n.get("id").asText())).as("unique id").isTrue();
        });
        return ids;
    }
}
