package dev.threatmodelbot.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.threatmodelbot.application.port.ModelExporter.Format;
import dev.threatmodelbot.bench.ThreatRun;
import dev.threatmodelbot.bootstrap.Engines;
import dev.threatmodelbot.domain.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every export checked against its tool's own definition, kept as test data with source and licence
 * ({@code src/test/resources/schemas/}): threat-composer's v1 schema (after the HTML escaping its import
 * applies), the Open Threat Model schema, and Threagile's schema (classic) and input structs (current).
 * Checked on the small reviewed session and on the drafts of the four eval cases.
 */
class ExportSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Session> DRAFTED = new LinkedHashMap<>();

    static Stream<String> sessions() {
        List<String> names = new ArrayList<>(List.of("fixture"));
        try (Stream<Path> cases = Files.list(Path.of("eval", "cases"))) {
            cases.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names.stream();
    }

    static synchronized Session session(String name) {
        return DRAFTED.computeIfAbsent(name, n -> {
            if (n.equals("fixture")) {
                return ModelExportsTest.session();
            }
            try {
                String design = Files.readString(Path.of("eval", "cases", n, "design.md"));
                return ThreatRun.draft(Engines.fromEnvironment(Map.of()), n, design);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The schema as kept; a draft-04 style top-level {@code id} (Threagile's) read as draft 7's {@code $id}. */
    static Schema schema(String resource, SpecificationVersion version) {
        try (InputStream in = ExportSchemasTest.class.getResourceAsStream(resource)) {
            ObjectNode schema = (ObjectNode) JSON.readTree(in);
            if (schema.has("id") && !schema.has("$id")) {
                schema.set("$id", schema.remove("id"));
            }
            arraysOnlyUniqueItems(schema);
            return SchemaRegistry.withDefaultDialect(version).getSchema(JSON.writeValueAsString(schema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON Schema applies {@code uniqueItems} to arrays only; Threagile's schema also puts it on maps (its
     * questions, abuse cases), which this validator would apply to the map's values. Dropped where the
     * type allows no array, as the specification reads it.
     */
    private static void arraysOnlyUniqueItems(JsonNode node) {
        if (node instanceof ObjectNode o) {
            JsonNode type = o.get("type");
            if (o.has("uniqueItems") && type != null && !type.toString().contains("\"array\"")) {
                o.remove("uniqueItems");
            }
            o.elements().forEachRemaining(ExportSchemasTest::arraysOnlyUniqueItems);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(ExportSchemasTest::arraysOnlyUniqueItems);
        }
    }

    static String export(String name, Format format) {
        return new ModelExports().export(session(name), format);
    }

    /** What threat-composer's import does before its schema check: every string HTML-escaped (no tags kept). */
    static JsonNode escaped(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(node.asText().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        }
        if (node instanceof ObjectNode o) {
            ObjectNode out = JSON.createObjectNode();
            o.fields().forEachRemaining(e -> out.set(e.getKey(), escaped(e.getValue())));
            return out;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode out = JSON.createArrayNode();
            a.forEach(x -> out.add(escaped(x)));
            return out;
        }
        return node;
    }

    @ParameterizedTest
    @MethodSource("sessions")
    void threat_composer_export_is_valid_against_the_v1_schema_after_the_apps_escaping(String name) {
        JsonNode tc = ModelExportsTest.json(export(name, Format.THREAT_COMPOSER));

        List<Error> errors = schema("/schemas/threat-composer/threat-composer-v1.schema.json",
                SpecificationVersion.DRAFT_2020_12).validate(escaped(tc));

        assertThat(errors).isEmpty();
        assertThat(tc.get("threats").size()).isEqualTo(session(name).draft().orElseThrow().threats().size());
    }

    @ParameterizedTest
    @MethodSource("sessions")
    void otm_export_is_valid_against_the_otm_schema_with_typed_trust_zones(String name) {
        JsonNode otm = ModelExportsTest.json(export(name, Format.OTM));

        List<Error> errors = schema("/schemas/otm/otm_schema.json", SpecificationVersion.DRAFT_7).validate(otm);

        assertThat(errors).isEmpty();
        assertThat(otm.has("representations")).as("no representation that nothing uses").isFalse();
        otm.get("trustZones").forEach(z -> assertThat(z.path("type").asText())
                .isIn("internet", "third-party", "private-secured", "unknown"));
    }

    @ParameterizedTest
    @MethodSource("sessions")
    void threagile_classic_export_is_valid_against_threagiles_schema(String name) {
        JsonNode model = ModelExportsTest.yaml(export(name, Format.THREAGILE_CLASSIC));

        List<Error> errors = schema("/schemas/threagile/schema.json", SpecificationVersion.DRAFT_7).validate(model);

        assertThat(errors).isEmpty();
        assertThat(model.has("individual_risk_categories")).isTrue();
        assertThat(model.has("custom_risk_categories")).isFalse();
    }

    @ParameterizedTest
    @MethodSource("sessions")
    void threagile_current_export_uses_only_the_fields_of_todays_input_structs(String name) throws IOException {
        JsonNode model = ModelExportsTest.yaml(export(name, Format.THREAGILE));
        JsonNode fields;
        try (InputStream in = getClass().getResourceAsStream("/schemas/threagile/input-fields.json")) {
            fields = JSON.readTree(in);
        }
        Schema classic = schema("/schemas/threagile/schema.json", SpecificationVersion.DRAFT_7);
        ObjectNode withoutCategories = ((ObjectNode) model.deepCopy());
        withoutCategories.remove("custom_risk_categories");

        assertThat(classic.validate(withoutCategories)).isEmpty();
        assertThat(model.has("individual_risk_categories")).as("ignored by today's Threagile").isFalse();
        assertThat(model.get("custom_risk_categories").isArray()).isTrue();
        List<String> unknown = new ArrayList<>();
        known(model, "Model", fields, "", unknown);
        Schema category = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(JSON.writeValueAsString(
                classicCategory()));
        model.get("custom_risk_categories").forEach(c -> {
            ObjectNode untitled = ((ObjectNode) c.deepCopy());
            untitled.remove("title");
            assertThat(category.validate(untitled)).as(c.path("id").asText()).isEmpty();
            known(c, "RiskCategory", fields, "custom_risk_categories[]", unknown);
            assertThat(c.path("title").asText()).isNotBlank();
            c.path("risks_identified").forEach(r -> known(r, "RiskIdentified", fields, "risks_identified", unknown));
        });
        model.path("technical_assets").forEach(a -> {
            known(a, "TechnicalAsset", fields, "technical_assets", unknown);
            a.path("communication_links").forEach(l -> known(l, "CommunicationLink", fields, "links", unknown));
        });
        model.path("data_assets").forEach(a -> known(a, "DataAsset", fields, "data_assets", unknown));
        model.path("trust_boundaries").forEach(b -> known(b, "TrustBoundary", fields, "trust_boundaries", unknown));
        model.path("risk_tracking").forEach(t -> known(t, "RiskTracking", fields, "risk_tracking", unknown));
        known(model.path("author"), "Author", fields, "author", unknown);
        assertThat(unknown).isEmpty();
    }

    /** The classic schema's definition of one category (its map's values), for today's list items. */
    private static JsonNode classicCategory() throws IOException {
        try (InputStream in = ExportSchemasTest.class.getResourceAsStream("/schemas/threagile/schema.json")) {
            ObjectNode one = (ObjectNode) JSON.readTree(in).path("properties").path("individual_risk_categories")
                    .path("additionalProperties").deepCopy();
            one.put("$schema", "http://json-schema.org/draft-07/schema#");
            arraysOnlyUniqueItems(one);
            return one;
        }
    }

    private static void known(JsonNode node, String struct, JsonNode fields, String where, List<String> unknown) {
        List<String> names = new ArrayList<>();
        fields.get(struct).forEach(f -> names.add(f.asText()));
        node.fieldNames().forEachRemaining(k -> {
            if (!names.contains(k)) {
                unknown.add(where + "." + k + " (not in " + struct + ")");
            }
        });
    }

    @Test
    void the_schema_checks_catch_a_broken_file() {
        ObjectNode tc = (ObjectNode) ModelExportsTest.json(export("fixture", Format.THREAT_COMPOSER));
        ((ObjectNode) tc.get("threats").get(0)).put("threatAction", "x".repeat(199) + "&");
        ObjectNode otm = (ObjectNode) ModelExportsTest.json(export("fixture", Format.OTM));
        ((ObjectNode) otm.get("trustZones").get(0)).remove("risk");
        ObjectNode threagile = (ObjectNode) ModelExportsTest.yaml(export("fixture", Format.THREAGILE_CLASSIC));
        threagile.remove("technical_assets");

        assertThat(schema("/schemas/threat-composer/threat-composer-v1.schema.json", SpecificationVersion.DRAFT_2020_12)
                .validate(escaped(tc))).isNotEmpty();
        assertThat(schema("/schemas/otm/otm_schema.json", SpecificationVersion.DRAFT_7).validate(otm)).isNotEmpty();
        assertThat(schema("/schemas/threagile/schema.json", SpecificationVersion.DRAFT_7).validate(threagile))
                .isNotEmpty();
    }
}
