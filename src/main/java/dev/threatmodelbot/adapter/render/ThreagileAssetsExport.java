package dev.threatmodelbot.adapter.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Property;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Threagile's technical assets (one per part, its outgoing flows as communication links) and trust
 * boundaries. Titles, the keys Threagile reads them by, are made unique; ids are the parts' slugs.
 */
final class ThreagileAssetsExport {
    private final ExportModel m;
    private final ThreagileDataExport data;
    private final ThreagileLinksExport links;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Map<String, String> questions = new LinkedHashMap<>();

    ThreagileAssetsExport(ExportModel m, ThreagileDataExport data) {
        this.m = m;
        this.data = data;
        Set<String> usedTitles = new HashSet<>();
        Set<String> usedIds = new HashSet<>();
        for (ExportPart p : m.parts()) {
            ids.put(p.id(), unique(ExportText.slug(p.id(), "part"), "-" + (ids.size() + 1), usedIds));
            titles.put(p.id(), unique(p.name(), " (" + p.id() + ")", usedTitles));
        }
        this.links = new ThreagileLinksExport(m, data, this);
    }

    private static String unique(String wanted, String suffix, Set<String> used) {
        String name = used.contains(wanted) ? wanted + suffix : wanted;
        used.add(name);
        return name;
    }

    String id(String partId) {
        return ids.get(partId);
    }

    String title(String partId) {
        return titles.get(partId);
    }

    ThreagileLinksExport links() {
        return links;
    }

    ObjectNode technicalAssets() {
        ObjectNode all = ExportJson.object();
        for (ExportPart p : m.parts()) {
            ObjectNode a = all.putObject(title(p.id()));
            a.put("id", id(p.id()));
            a.put("description", description(p));
            a.put("type", p.isExternal() ? "external-entity"
                    : p.kind().filter(ComponentKind::isDataStore).isPresent() ? "datastore" : "process");
            a.put("usage", p.isKind(ComponentKind.CI_CD) || p.isKind(ComponentKind.LOGGING) ? "devops" : "business");
            a.put("used_as_client_by_human", p.isKind(ComponentKind.EXTERNAL_ENTITY));
            a.put("out_of_scope", false);
            a.put("justification_out_of_scope", "");
            a.put("size", p.isExternal() ? "system" : "service");
            a.put("technology", ThreagileTechnologyExport.technology(p));
            a.set("tags", ExportJson.strings(tags(p)));
            a.put("internet", m.values(p.id(), Property.EXPOSURE).contains("public"));
            a.put("machine", ThreagileTechnologyExport.machine(p));
            Optional<String> encryption = ThreagileTechnologyExport.encryption(m.values(p.id(), Property.ENCRYPTION_AT_REST));
            a.put("encryption", encryption.orElse("transparent"));
            if (encryption.isEmpty() && p.kind().filter(ComponentKind::isDataStore).isPresent()) {
                ask("Is " + p.name() + " encrypted at rest? Nobody said; its encryption is written as 'transparent' "
                        + "until someone does.");
            }
            a.put("owner", "");
            cia(a, p);
            a.put("multi_tenant", false);
            a.put("redundant", false);
            a.put("custom_developed_parts", ThreagileTechnologyExport.customDeveloped(p));
            List<String> processed = data.processedBy(p.id());
            a.set("data_assets_processed", ExportJson.strings(processed));
            a.set("data_assets_stored", ExportJson.strings(
                    p.kind().filter(ComponentKind::isDataStore).isPresent() ? processed : List.of()));
            a.set("data_formats_accepted", ExportJson.array());
            a.set("communication_links", links.from(p.id()));
        }
        return all;
    }

    private void cia(ObjectNode a, ExportPart p) {
        List<String> processed = data.processedBy(p.id());
        a.put("confidentiality", data.confidentiality(processed));
        a.put("integrity", "important");
        a.put("availability", "important");
        a.put("justification_cia_rating", "Confidentiality of the most sensitive data it handles ("
                + String.join(", ", processed) + "); integrity and availability not stated (defaults).");
    }

    private String description(ExportPart p) {
        StringBuilder d = new StringBuilder(p.name()).append(": ").append(p.kindWords());
        if (!p.technology().isEmpty()) {
            d.append(" (").append(p.technology()).append(')');
        }
        d.append(". Trust zone: ").append(p.zone().label().toLowerCase(java.util.Locale.ROOT)).append('.');
        if (p.component().isEmpty()) {
            d.append(" Named only as the end of a data flow; nothing else is known about it.");
        }
        return d.toString();
    }

    /** The part's kind tags, and "not-stated" when its encryption at rest is a placeholder. */
    private List<String> tags(ExportPart p) {
        if (ThreagileTechnologyExport.encryption(m.values(p.id(), Property.ENCRYPTION_AT_REST)).isPresent()) {
            return p.tags();
        }
        List<String> tags = new java.util.ArrayList<>(p.tags());
        tags.add(ThreagileTechnologyExport.NOT_STATED);
        return tags;
    }

    /** An open question for Threagile's questions section (unanswered: an empty answer). */
    void ask(String question) {
        questions.putIfAbsent(question, "");
    }

    /** What nobody stated and the model writes a placeholder for, once the assets and links are written. */
    ObjectNode questions() {
        ObjectNode all = ExportJson.object();
        questions.forEach(all::put);
        return all;
    }

    /** Every tag the assets and links use: Threagile requires each to be declared. */
    List<String> tagsUsed() {
        Set<String> all = new TreeSet<>();
        m.parts().forEach(p -> all.addAll(tags(p)));
        m.flows().forEach(f -> all.addAll(links.tags(f)));
        return List.copyOf(all);
    }

    ObjectNode trustBoundaries() {
        ObjectNode all = ExportJson.object();
        List<String> inside = m.parts().stream().filter(p -> p.zone() == Zone.PRIVATE).map(p -> id(p.id())).toList();
        if (!inside.isEmpty()) {
            ObjectNode b = all.putObject(Zone.PRIVATE.label());
            b.put("id", "private-network-boundary");
            b.put("description", "Parts sources say are internal or reachable only over a VPN.");
            b.put("type", "network-virtual-lan");
            b.set("tags", ExportJson.array());
            b.set("technical_assets_inside", ExportJson.strings(inside));
            b.set("trust_boundaries_nested", ExportJson.array());
        }
        return all;
    }

    /** The Threagile id of a flow's link: its source's id, ">", the normalised link title. */
    String linkId(DataFlow f) {
        return links.id(f);
    }
}
