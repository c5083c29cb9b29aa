package dev.threatmodelbot.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threatmodelbot.application.port.ModelExporter.Format;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OTM document must hold together: every trust zone, component, threat and mitigation it names exists. */
class OtmExportTest {
    private final JsonNode otm = ModelExportsTest.json(new ModelExports().export(ModelExportsTest.session(),
            Format.OTM));

    @Test
    void should_be_an_otm_0_2_0_document_of_the_system() {
        assertThat(otm.get("otmVersion").asText()).isEqualTo("0.2.0");
        assertThat(otm.get("project").get("name").asText()).isEqualTo("Payments");
        assertThat(otm.get("project").get("id").asText()).isEqualTo("tm-exp2");
        assertThat(otm.has("representations")).isFalse();
        assertThat(otm.get("trustZones").findValuesAsText("type")).containsExactly("third-party", "internet",
                "private-secured");
        assertThat(otm.get("components")).hasSize(3);
        assertThat(otm.get("dataflows")).hasSize(2);
        assertThat(otm.get("threats")).hasSize(3);
    }

    @Test
    void should_resolve_every_trust_zone_component_threat_and_mitigation_reference() {
        Set<String> zones = ids(otm.get("trustZones"));
        Set<String> components = ids(otm.get("components"));
        Set<String> threats = ids(otm.get("threats"));
        Set<String> mitigations = ids(otm.get("mitigations"));

        assertThat(zones).isNotEmpty();
        otm.get("trustZones").forEach(z -> assertThat(z.get("risk").get("trustRating").isNumber()).isTrue());
        otm.get("components").forEach(c -> {
            assertThat(zones).contains(c.get("parent").get("trustZone").asText());
            instances(c, threats, mitigations);
        });
        otm.get("dataflows").forEach(f -> {
            assertThat(components).contains(f.get("source").asText(), f.get("destination").asText());
            assertThat(f.get("bidirectional").asBoolean()).isFalse();
            instances(f, threats, mitigations);
        });
    }

    private static void instances(JsonNode element, Set<String> threats, Set<String> mitigations) {
        element.get("threats").forEach(t -> {
            assertThat(threats).contains(t.get("threat").asText());
            t.get("mitigations").forEach(m -> assertThat(mitigations).contains(m.get("mitigation").asText()));
        });
    }

    @Test
    void should_put_each_part_in_the_trust_zone_its_exposure_facts_give() {
        Map<String, String> zoneNames = new HashMap<>();
        otm.get("trustZones").forEach(z -> zoneNames.put(z.get("id").asText(), z.get("name").asText()));
        Map<String, String> zoneOf = new HashMap<>();
        otm.get("components").forEach(c -> zoneOf.put(c.get("name").asText(),
                zoneNames.get(c.get("parent").get("trustZone").asText())));

        assertThat(zoneOf).containsEntry("Payments API", "Internet").containsEntry("Orders DB", "Private network")
                .containsEntry("GPT-4o", "External");
    }

    @Test
    void should_carry_each_threat_with_its_review_risk_and_stride_and_link_its_mitigation() {
        JsonNode pending = byName(otm.get("threats"), ModelExportsTest.PENDING_TITLE);
        JsonNode rejected = byName(otm.get("threats"), ModelExportsTest.REJECTED_TITLE);
        JsonNode api = byName(otm.get("components"), "Payments API");

        assertThat(pending.get("categories").toString()).isEqualTo("[\"Tampering\",\"Elevation of Privilege\"]");
        assertThat(pending.get("risk").get("likelihood").asInt()).isEqualTo(67);
        assertThat(pending.get("attributes").get("status").asText()).isEqualTo("pending");
        assertThat(pending.get("attributes").get("owasp").asText()).isEqualTo("LLM01:2026 Prompt Injection (2025: LLM01)");
        assertThat(pending.get("attributes").get("atlas").asText()).isEqualTo("AML.T0051");
        assertThat(rejected.get("attributes").get("decidedBy").asText()).isEqualTo(ModelExportsTest.LEAD);
        JsonNode onApi = api.get("threats");
        assertThat(onApi).hasSize(2);
        assertThat(onApi.get(0).get("state").asText()).isEqualTo("exposed");
        assertThat(onApi.get(0).get("mitigations").get(0).get("state").asText()).isEqualTo("required");
        JsonNode flow = otm.get("dataflows").get(0).get("threats").get(0);
        assertThat(flow.get("threat").asText()).isEqualTo(rejected.get("id").asText());
        assertThat(flow.get("state").asText()).isEqualTo("not-applicable");
    }

    private static JsonNode byName(JsonNode list, String name) {
        for (JsonNode n : list) {
            if (n.get("name").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("nothing named " + name);
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> ids = new HashSet<>();
        list.forEach(n -> assertThat(ids.add(n.get("id").asText())).as("unique id").isTrue());
        return ids;
    }
}
