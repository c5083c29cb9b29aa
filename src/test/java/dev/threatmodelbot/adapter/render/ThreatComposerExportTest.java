package dev.threatmodelbot.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threatmodelbot.application.port.ModelExporter.Format;
import java.util.HashSet;
import java.util.Set;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
            t.get("metadata").forEach(m -> assertThat(m.get("key").asText()).matches("STRIDE|Priority|Comments|custom:.+"));
        });
        tc.get("mitigations").forEach(m -> assertThat(m.get("content").asText()).hasSizeLessThanOrEqualTo(1000));
    }

    @ParameterizedTest
    @MethodSource("dev.threatmodelbot.adapter.render.ExportSchemasTest#sessions")
    void should_write_each_threat_in_the_apps_grammar_so_the_card_reads_as_one_sentence(String name) {
        JsonNode threats = ModelExportsTest.json(ExportSchemasTest.export(name, Format.THREAT_COMPOSER)).get("threats");

        assertThat(threats).isNotEmpty();
        threats.forEach(t -> {
            String statement = assembled(t);
            assertThat(t.get("statement").asText()).isEqualTo(statement);
            assertThat(statement).as("no clipped phrase").doesNotContain("…", "...")
                    .as("no doubled word").doesNotContainPattern("(?i)\\b(\\w+) \\1\\b")
                    .as("no doubled blank or stray mark").doesNotContain("  ", " ,", "..", "*", "`")
                    .matches("(An? )[a-z].* can [a-z].*, which leads to [a-z].*, resulting in reduced [a-z].*");
            for (String field : new String[] {"threatSource", "prerequisites", "threatAction", "threatImpact"}) {
                assertThat(t.path(field).asText()).as(field).isNotBlank().doesNotEndWith(".")
                        .satisfies(v -> assertThat(ThreatComposerGrammar.escapedLength(v)).isLessThanOrEqualTo(200));
            }
            assertThat(t.get("metadata").toString()).contains("custom:Drafted title", "custom:Drafted description");
        });
    }

    @Test
    void should_name_the_part_as_it_or_this_part_where_its_name_would_break_the_limit_after_escaping() {
        String longName = "Orders & Payments <internal> service " + "x".repeat(150);
        ContextModel c = ModelExportsTest.session().context();
        ContextModel renamed = new ContextModel(c.components().stream().map(x -> x.id().equals(ModelExportsTest.API)
                ? new Component(x.id(), longName, x.kind(), x.technology(), x.mentions(), x.aliases()) : x).toList(),
                c.flows(), c.facts());
        Session session = ModelExportsTest.session().withContext(renamed);

        JsonNode approved = ModelExportsTest.json(new ModelExports().export(session, Format.THREAT_COMPOSER))
                .get("threats").get(0);

        assertThat(approved.get("prerequisites").asText()).isEqualTo("who can reach this part");
        assertThat(approved.get("statement").asText()).startsWith("An external threat actor who can reach this part can ");
        assertThat(approved.get("impactedAssets").get(0).asText()).as("197 characters once escaped: it fits")
                .isEqualTo(longName);
    }

    /** threat-composer's full template, from the fields alone, with its indefinite article. */
    private static String assembled(JsonNode t) {
        String source = t.get("threatSource").asText();
        String article = "aeio".indexOf(source.charAt(0)) >= 0 ? "An" : "A";
        List<String> goals = new ArrayList<>();
        t.get("impactedGoal").forEach(g -> goals.add(g.asText()));
        List<String> assets = new ArrayList<>();
        t.get("impactedAssets").forEach(a -> assets.add(a.asText()));
        return article + " " + source + " " + t.get("prerequisites").asText() + " can " + t.get("threatAction").asText()
                + ", which leads to " + t.get("threatImpact").asText() + ", resulting in reduced "
                + join(goals, " and/or ") + (assets.isEmpty() ? "" : " of " + join(assets, " and "));
    }

    private static String join(List<String> items, String last) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
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
