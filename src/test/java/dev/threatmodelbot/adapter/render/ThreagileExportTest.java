package dev.threatmodelbot.adapter.render;

import static dev.threatmodelbot.adapter.render.ModelExportsTest.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threatmodelbot.application.port.ModelExporter.Format;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.Draft;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Threagile model must load: required keys present, every id it refers to declared. */
class ThreagileExportTest {
    private final ModelExports exports = new ModelExports();

    private JsonNode model(Session session) {
        return ModelExportsTest.yaml(exports.export(session, Format.THREAGILE));
    }

    @Test
    void should_be_yaml_with_every_top_level_key_threagile_requires() {
        JsonNode model = model(ModelExportsTest.session());

        assertThat(model.get("threagile_version").asText()).isEqualTo("1.0.0");
        assertThat(model.get("title").asText()).isEqualTo("Threat model — Payments (draft v2)");
        assertThat(model.get("date").asText()).isEqualTo("2026-11-20");
        assertThat(model.get("author").get("name").asText()).contains("TM-EXP2");
        assertThat(model.get("business_criticality").asText()).isEqualTo("important");
        for (String key : List.of("tags_available", "data_assets", "technical_assets", "trust_boundaries",
                "shared_runtimes", "custom_risk_categories", "questions")) {
            assertThat(model.has(key)).as(key).isTrue();
        }
    }

    @Test
    void should_declare_every_asset_link_and_tag_that_links_and_risks_refer_to() {
        Draft draft = ModelExportsTest.session().draft().orElseThrow();
        Session reopened = ModelExportsTest.session().withDraft(draft.changing(2, t -> t.decided(
                new Decision(Decision.Kind.PENDING, LEAD, Instant.parse("2026-11-22T08:00:00Z")))));
        JsonNode model = model(reopened);
        Set<String> assets = ids(model.get("technical_assets"));
        Set<String> data = ids(model.get("data_assets"));
        Set<String> tags = new HashSet<>();
        model.get("tags_available").forEach(t -> tags.add(t.asText()));

        Set<String> links = checkedLinks(model, assets, data, tags);

        model.get("trust_boundaries").forEach(b -> b.get("technical_assets_inside")
                .forEach(a -> assertThat(assets).contains(a.asText())));
        List<JsonNode> risks = risks(model);
        assertThat(risks).extracting(r -> r.get("most_relevant_communication_link").asText())
                .contains("payments-api>to-orders-db");
        for (JsonNode r : risks) {
            assertThat(assets).contains(r.get("most_relevant_technical_asset").asText());
            String link = r.get("most_relevant_communication_link").asText();
            assertThat(link.isEmpty() || links.contains(link)).as(link).isTrue();
            r.get("data_breach_technical_assets").forEach(a -> assertThat(assets).contains(a.asText()));
        }
    }

    @Test
    void should_write_todays_list_of_custom_categories_each_with_its_title_and_the_classic_map_by_title() {
        JsonNode current = model(ModelExportsTest.session()).get("custom_risk_categories");
        JsonNode classic = ModelExportsTest.yaml(exports.export(ModelExportsTest.session(), Format.THREAGILE_CLASSIC))
                .get("individual_risk_categories");

        assertThat(current.isArray()).isTrue();
        assertThat(current.get(0).get("id").asText()).isEqualTo("threat-1-spoofing-unauthenticated-api");
        assertThat(current.get(0).get("title").asText()).isEqualTo(ModelExportsTest.APPROVED_TITLE + " (threat 1)");
        assertThat(classic.get(ModelExportsTest.APPROVED_TITLE + " (threat 1)").has("title")).isFalse();
        assertThat(classic.get(ModelExportsTest.APPROVED_TITLE + " (threat 1)").get("risks_identified"))
                .isEqualTo(current.get(0).get("risks_identified"));
    }

    @Test
    void should_write_what_nobody_stated_as_no_gap_tagged_and_asked_never_as_a_weakness() {
        JsonNode model = model(ModelExportsTest.session());
        JsonNode toDb = model.get("technical_assets").get("Payments API").get("communication_links").get("to Orders DB");
        JsonNode db = model.get("technical_assets").get("Orders DB");

        assertThat(toDb.get("authentication").asText()).isEqualTo("credentials");
        assertThat(toDb.get("tags").toString()).contains("not-stated");
        assertThat(toDb.get("description").asText()).contains("Authentication: not stated");
        assertThat(db.get("encryption").asText()).isEqualTo("transparent");
        List<String> questions = new ArrayList<>();
        model.get("questions").fieldNames().forEachRemaining(questions::add);
        assertThat(questions).contains(
                "How does Payments API prove who it is to Orders DB? Nobody said; the link's authentication is "
                        + "written as 'credentials' until someone does.",
                "Is Orders DB encrypted at rest? Nobody said; its encryption is written as 'transparent' until "
                        + "someone does.");
        model.get("questions").forEach(answer -> assertThat(answer.asText()).isEmpty());
        assertThat(model.get("tags_available").toString()).contains("not-stated");
    }

    @Test
    void should_leave_out_the_threats_the_lead_rejected() {
        String yaml = exports.export(ModelExportsTest.session(), Format.THREAGILE_CLASSIC);
        JsonNode categories = ModelExportsTest.yaml(yaml).get("individual_risk_categories");

        assertThat(yaml).doesNotContain(ModelExportsTest.REJECTED_TITLE);
        assertThat(ids(categories)).containsExactly("threat-1-spoofing-unauthenticated-api",
                "threat-3-llm-prompt-injection");
        JsonNode approved = categories.get(ModelExportsTest.APPROVED_TITLE + " (threat 1)");
        assertThat(approved.get("stride").asText()).isEqualTo("spoofing");
        assertThat(approved.get("risks_identified").get(ModelExportsTest.APPROVED_TITLE + " at Payments API")
                .get("severity").asText()).isEqualTo("critical");
    }

    @Test
    void should_map_the_facts_to_protocol_authentication_internet_and_data_assets() {
        JsonNode assets = model(ModelExportsTest.session()).get("technical_assets");
        JsonNode api = assets.get("Payments API");
        JsonNode toDb = api.get("communication_links").get("to Orders DB");

        assertThat(api.get("technology").asText()).isEqualTo("web-service-rest");
        assertThat(api.get("internet").asBoolean()).isTrue();
        assertThat(assets.get("Orders DB").get("type").asText()).isEqualTo("datastore");
        assertThat(assets.get("GPT-4o").get("technology").asText()).isEqualTo("ai");
        assertThat(toDb.get("protocol").asText()).isEqualTo("binary");
        assertThat(toDb.get("data_assets_sent").get(0).asText()).isEqualTo("data-pii");
        assertThat(api.get("communication_links").get("to GPT-4o").get("protocol").asText()).isEqualTo("https");
        assertThat(api.get("confidentiality").asText()).isEqualTo("confidential");
    }

    @Test
    void should_track_a_threat_marked_for_discussion_under_the_ids_threagile_gives_its_risks() {
        Draft draft = ModelExportsTest.session().draft().orElseThrow();
        Session session = ModelExportsTest.session().withDraft(draft.changing(3, t -> t.decided(
                new Decision(Decision.Kind.DISCUSS, LEAD, Instant.parse("2026-11-22T08:00:00Z")))));

        JsonNode tracking = model(session).get("risk_tracking");

        assertThat(ids(tracking)).isEmpty();
        List<String> keys = new ArrayList<>();
        tracking.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("threat-3-llm-prompt-injection@gpt-4o",
                "threat-3-llm-prompt-injection@payments-api");
        assertThat(tracking.get(keys.get(0)).get("status").asText()).isEqualTo("in-discussion");
        assertThat(tracking.get(keys.get(0)).get("checked_by").asText()).isEqualTo(LEAD);
        assertThat(tracking.get(keys.get(0)).get("date").asText()).isEqualTo("2026-11-22");
    }

    @Test
    void should_keep_names_that_look_like_yaml_values_or_syntax_as_plain_titles() {
        List<String> names = List.of("yes", "null", "123", "a: b #c", "- 'quoted' \"too\"", "@at", "Orders DB");
        List<Component> parts = names.stream().map(n -> new Component(Component.idOf(n), n,
                ComponentKind.PROCESS, "", List.of())).toList();
        Session session = ModelExportsTest.withoutDraft().withContext(new ContextModel(parts, List.of(
                new DataFlow(DataFlow.idOf("yes", "null"), "yes", "null", "on: off", List.of())), List.of()));

        JsonNode assets = model(session).get("technical_assets");

        List<String> titles = new ArrayList<>();
        assets.fieldNames().forEachRemaining(titles::add);
        assertThat(titles).containsExactlyElementsOf(names);
        assertThat(assets.get("123").get("id").asText()).isEqualTo("123");
        assertThat(assets.get("yes").get("communication_links").get("to null").get("description").asText())
                .startsWith("on: off.");
    }

    /** Checks what each asset and link refers to; gives the links' ids as Threagile derives them. */
    private static Set<String> checkedLinks(JsonNode model, Set<String> assets, Set<String> data, Set<String> tags) {
        Set<String> links = new HashSet<>();
        model.get("technical_assets").properties().forEach(a -> {
            assertThat(a.getValue().get("id").asText()).matches("[a-z0-9-]+");
            a.getValue().get("tags").forEach(t -> assertThat(tags).contains(t.asText()));
            a.getValue().get("data_assets_processed").forEach(d -> assertThat(data).contains(d.asText()));
            a.getValue().get("communication_links").properties().forEach(l -> {
                links.add(a.getValue().get("id").asText() + ">" + normalised(l.getKey()));
                assertThat(assets).contains(l.getValue().get("target").asText());
                l.getValue().get("data_assets_sent").forEach(d -> assertThat(data).contains(d.asText()));
                l.getValue().get("tags").forEach(t -> assertThat(tags).contains(t.asText()));
            });
        });
        return links;
    }

    private static Set<String> ids(JsonNode byTitle) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        byTitle.forEach(n -> {
            if (n.has("id")) {
                ids.add(n.get("id").asText());
            }
        });
        return ids;
    }

    private static List<JsonNode> risks(JsonNode model) {
        List<JsonNode> risks = new ArrayList<>();
        model.get("custom_risk_categories").forEach(c -> c.get("risks_identified").forEach(risks::add));
        return risks;
    }

    /** How Threagile turns a link title into the second half of the link's id. */
    private static String normalised(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
