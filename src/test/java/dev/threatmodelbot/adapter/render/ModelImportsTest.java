package dev.threatmodelbot.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodelbot.application.port.ModelExporter.Format;
import dev.threatmodelbot.application.port.ModelImporter;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ImportedModel;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.ImportedThreat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Existing threat models read back: an export of each format imports to the same parts, flows and
 * threats (OTM and threat-composer exactly; Threagile to the same names), and a broken or oversized
 * model is refused with a reason while a file that is no threat model is left to the document reader.
 */
class ModelImportsTest {
    private final ModelImports imports = new ModelImports();

    private ImportedModel roundTrip(Session s, Format format) throws ModelImporter.UnreadableModel {
        String file = new ModelExports().export(s, format);
        return imports.read("model." + format.extension(), file.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    private static Set<String> parts(Session s) {
        return s.context().components().stream().map(Component::name).collect(Collectors.toSet());
    }

    private static Set<String> flows(Session s) {
        return s.context().flows().stream().map(f -> s.context().nameOf(f.source()) + " → " + s.context().nameOf(f.target()))
                .collect(Collectors.toSet());
    }

    private static List<String> titles(Session s) {
        return s.draft().orElseThrow().threats().stream().map(DraftedThreat::threat).map(t -> t.title()).toList();
    }

    @ParameterizedTest
    @MethodSource("dev.threatmodelbot.adapter.render.ExportSchemasTest#sessions")
    void otm_export_imports_to_the_same_parts_flows_and_threats(String name) throws Exception {
        Session s = ExportSchemasTest.session(name);

        ImportedModel m = roundTrip(s, Format.OTM);

        assertThat(m.format()).isEqualTo("Open Threat Model");
        sameModel(s, m);
        assertThat(m.date()).contains(s.draft().orElseThrow().draftedAt().toString().substring(0, 10));
    }

    @ParameterizedTest
    @MethodSource("dev.threatmodelbot.adapter.render.ExportSchemasTest#sessions")
    void threat_composer_export_imports_to_the_same_parts_flows_and_threats(String name) throws Exception {
        Session s = ExportSchemasTest.session(name);

        ImportedModel m = roundTrip(s, Format.THREAT_COMPOSER);

        sameModel(s, m);
    }

    /** The same parts (names and kinds), flows and threats (titles and STRIDE, in draft order) as the session. */
    private static void sameModel(Session s, ImportedModel m) {
        assertThat(m.parts()).extracting(ImportedModel.Part::name).containsExactlyInAnyOrderElementsOf(parts(s));
        assertThat(m.parts()).allSatisfy(p -> assertThat(p.kind()).as(p.name())
                .contains(s.context().components().stream().filter(c -> c.name().equals(p.name())).findFirst()
                        .orElseThrow().kind()));
        assertThat(m.flows()).extracting(f -> f.source() + " → " + f.target()).containsExactlyInAnyOrderElementsOf(flows(s));
        assertThat(m.threats()).extracting(ImportedThreat::title).containsExactlyElementsOf(titles(s));
        assertThat(m.threats()).extracting(ImportedThreat::stride).containsExactlyElementsOf(s.draft().orElseThrow()
                .threats().stream().map(t -> t.threat().stride()).toList());
    }

    @Test
    void the_reviewed_example_keeps_statuses_severities_transports_and_exposure() throws Exception {
        ImportedModel tc = roundTrip(ModelExportsTest.session(), Format.THREAT_COMPOSER);
        ImportedModel otm = roundTrip(ModelExportsTest.session(), Format.OTM);

        assertThat(tc.threats()).extracting(ImportedThreat::status).containsExactly("approved", "not useful", "pending");
        assertThat(otm.threats()).extracting(ImportedThreat::status).containsExactly("approved", "rejected", "pending");
        assertThat(tc.threats().get(0).severity()).contains(dev.threatmodelbot.domain.threat.Severity.CRITICAL);
        assertThat(tc.threats().get(0).about()).containsExactly("Payments API");
        assertThat(otm.threats().get(1).about()).containsExactly("Payments API → Orders DB");
        assertThat(otm.threats().get(0).mitigation()).startsWith("Require OAuth tokens");
        for (ImportedModel m : List.of(tc, otm)) {
            assertThat(m.flows()).filteredOn(f -> f.target().equals("Orders DB")).singleElement()
                    .satisfies(f -> assertThat(f.transport()).isEqualTo("plain"));
            assertThat(m.parts()).filteredOn(p -> p.name().equals("Payments API")).singleElement()
                    .satisfies(p -> assertThat(p.exposure()).isEqualTo("public"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.threatmodelbot.adapter.render.ExportSchemasTest#sessions")
    void threagile_exports_of_both_formats_import_to_the_same_names(String name) throws Exception {
        Session s = ExportSchemasTest.session(name);

        for (Format f : List.of(Format.THREAGILE, Format.THREAGILE_CLASSIC)) {
            ImportedModel m = roundTrip(s, f);

            assertThat(m.parts()).extracting(ImportedModel.Part::name).containsExactlyInAnyOrderElementsOf(parts(s));
            assertThat(m.flows()).extracting(x -> x.source() + " → " + x.target())
                    .containsExactlyInAnyOrderElementsOf(flows(s));
            assertThat(m.threats()).extracting(ImportedThreat::title).containsExactlyInAnyOrderElementsOf(
                    s.draft().orElseThrow().threats().stream()
                            .filter(t -> t.status() != dev.threatmodelbot.domain.threat.Decision.Kind.REJECTED)
                            .map(t -> t.threat().title().replaceAll("\\s+", " ").strip()).toList());
            ExportModel em = ExportModel.of(s);
            for (ImportedModel.Flow x : m.flows()) {
                var flow = s.context().flows().stream().filter(g -> s.context().nameOf(g.source()).equals(x.source())
                        && s.context().nameOf(g.target()).equals(x.target())).findFirst().orElseThrow();
                boolean said = !em.values(flow.id(), dev.threatmodelbot.domain.context.Property.AUTHENTICATION).isEmpty()
                        || !em.values(flow.target(), dev.threatmodelbot.domain.context.Property.AUTHENTICATION).isEmpty();
                if (!said) {
                    assertThat(x.authentication()).as("a placeholder is read as unsaid: " + x).isEmpty();
                }
            }
        }
    }

    @Test
    void a_threagile_network_boundary_makes_the_parts_inside_it_internal() throws Exception {
        for (Format f : List.of(Format.THREAGILE, Format.THREAGILE_CLASSIC)) {
            ImportedModel m = roundTrip(ModelExportsTest.session(), f);

            assertThat(m.parts()).filteredOn(p -> p.name().equals("Orders DB")).singleElement()
                    .satisfies(p -> assertThat(p.exposure()).isEqualTo("internal"));
            assertThat(m.parts()).filteredOn(p -> p.name().equals("Payments API")).singleElement()
                    .satisfies(p -> assertThat(p.exposure()).isEqualTo("public"));
        }
    }

    @Test
    void a_file_that_is_no_threat_model_is_left_to_the_document_reader() throws Exception {
        String openApi = "{\"openapi\": \"3.0.0\", \"info\": {\"title\": \"Orders\"}, \"paths\": {}}";
        String markdown = "# Orders\nThe API calls the database.";

        assertThat(imports.read("orders.json", openApi.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(imports.read("orders.md", markdown.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(imports.read("openapi.yaml", "openapi: 3.0.0\npaths: {}\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void a_design_doc_that_mentions_threagiles_key_is_still_a_document() throws Exception {
        String doc = "# Threat modelling\nWe keep our Threagile model in the repo.\nthreagile_version: is set to 1.0.0 "
                + "there.\n- [broken: yaml";

        assertThat(imports.read("notes.md", doc.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void a_threat_composer_file_the_app_itself_exported_reads_its_escaped_names_back() throws Exception {
        String file = new ModelExports().export(ModelExportsTest.session(), Format.THREAT_COMPOSER)
                .replace("Payments API", "R&amp;D Payments API");

        ImportedModel m = imports.read("app.tc.json", file.getBytes(StandardCharsets.UTF_8)).orElseThrow();

        assertThat(m.parts()).extracting(ImportedModel.Part::name).contains("R&D Payments API");
        assertThat(m.threats().get(0).about()).containsExactly("R&D Payments API");
    }

    @Test
    void a_crafted_data_flow_list_or_an_overlong_line_is_no_list_item() throws Exception {
        String flows = "- " + "a → b: ".repeat(50_000);
        String file = "{\"schema\": 1, \"dataflow\": {\"description\": \"" + flows + "\"}, \"architecture\": "
                + "{\"description\": \"- **" + "x".repeat(60_000) + "\"}, \"threats\": [{\"id\": \"t1\", "
                + "\"numericId\": 1, \"statement\": \"A threat\"}]}";

        ImportedModel m = imports.read("big.tc.json", file.getBytes(StandardCharsets.UTF_8)).orElseThrow();

        assertThat(m.flows()).isEmpty(); // lines are cut with indexOf, not a backtracking pattern
        assertThat(m.parts()).isEmpty();
    }

    @Test
    void a_broken_empty_or_oversized_model_is_refused_with_a_reason() {
        String broken = "{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"x\", \"id\": \"x\"}, \"components\": [";
        String empty = "{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"x\", \"id\": \"x\"}}";
        StringBuilder many = new StringBuilder("{\"schema\": 1, \"threats\": [");
        for (int i = 0; i < ModelImporter.MAX_ELEMENTS + 1; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\": \"t").append(i).append("\", \"numericId\": ").append(i)
                    .append(", \"statement\": \"threat ").append(i).append("\"}");
        }
        many.append("]}");

        assertThatThrownBy(() -> imports.read("model.otm.json", broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ModelImporter.UnreadableModel.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> imports.read("model.otm.json", empty.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ModelImporter.UnreadableModel.class).hasMessageContaining("no parts and no threats");
        assertThatThrownBy(() -> imports.read("model.tc.json", many.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ModelImporter.UnreadableModel.class).hasMessageContaining("more than 2000");
        assertThatThrownBy(() -> imports.read("threagile.yaml", "threagile_version: 1.0.0\ntechnical_assets: [\n"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(ModelImporter.UnreadableModel.class)
                .hasMessageContaining("not valid YAML");
    }
}
