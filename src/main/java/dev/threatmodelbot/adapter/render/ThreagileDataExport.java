package dev.threatmodelbot.adapter.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Threagile's data assets, one per data classification sources state (PII, payment data, …), or a
 * single generic one when none is stated. A classification of the system applies to every part, one
 * of a part to that part, one of a flow to the flow and its two ends.
 */
final class ThreagileDataExport {
    static final String GENERIC = "system-data";
    private static final List<String> CONFIDENTIALITY =
            List.of("public", "internal", "restricted", "confidential", "strictly-confidential");

    private final ExportModel m;
    private final Map<String, DataClass> classes = new LinkedHashMap<>();

    private record DataClass(String id, String value, List<Fact> facts) {}

    ThreagileDataExport(ExportModel m) {
        this.m = m;
        for (Fact f : m.context().facts()) {
            if (f.property() == Property.DATA_CLASSIFICATION && f.status() != FactStatus.SUPERSEDED
                    && !f.value().equals(Fact.DESCRIBED)) {
                String value = f.value().strip().toLowerCase(Locale.ROOT);
                String id = "data-" + ExportText.slug(value, "classified");
                classes.computeIfAbsent(id, k -> new DataClass(k, value, new ArrayList<>())).facts().add(f);
            }
        }
        if (classes.isEmpty()) {
            classes.put(GENERIC, new DataClass(GENERIC, "", List.of()));
        }
    }

    ObjectNode assets() {
        ObjectNode all = ExportJson.object();
        for (DataClass c : classes.values()) {
            ObjectNode a = all.putObject(title(c));
            a.put("id", c.id());
            a.put("description", description(c));
            a.put("usage", "business");
            a.set("tags", ExportJson.array());
            a.put("origin", "");
            a.put("owner", "");
            a.put("quantity", "many");
            a.put("confidentiality", confidentiality(c.value()));
            a.put("integrity", "important");
            a.put("availability", "operational");
            a.put("justification_cia_rating", c.facts().isEmpty()
                    ? "No source classifies the data: rated internal by default."
                    : "Confidentiality from the stated classification '" + c.value()
                            + "'; integrity and availability not stated (defaults).");
        }
        return all;
    }

    /** Ids of the data assets a part handles, in declaration order. */
    List<String> processedBy(String partId) {
        return classes.values().stream().filter(c -> c.facts().isEmpty() || c.facts().stream().anyMatch(
                f -> f.subject().equals(Fact.SYSTEM) || f.subject().equals(partId) || touches(f.subject(), partId)))
                .map(DataClass::id).toList();
    }

    /** Ids of the data assets a flow carries: those stated of it, and those both its ends handle. */
    List<String> sentOver(DataFlow flow) {
        List<String> atBothEnds = new ArrayList<>(processedBy(flow.source()));
        atBothEnds.retainAll(processedBy(flow.target()));
        return classes.values().stream().filter(c -> atBothEnds.contains(c.id())
                || c.facts().stream().anyMatch(f -> f.subject().equals(flow.id()))).map(DataClass::id).toList();
    }

    /** The highest confidentiality among the given data assets; internal without any. */
    String confidentiality(List<String> ids) {
        return ids.stream().map(id -> confidentiality(classes.get(id).value()))
                .max((a, b) -> CONFIDENTIALITY.indexOf(a) - CONFIDENTIALITY.indexOf(b)).orElse("internal");
    }

    private boolean touches(String flowId, String partId) {
        return m.flow(flowId).filter(f -> f.source().equals(partId) || f.target().equals(partId)).isPresent();
    }

    private String title(DataClass c) {
        return switch (c.value()) {
            case "" -> "Data handled by " + m.system();
            case "pii" -> "Personal data (PII)";
            case "payment" -> "Payment data";
            case "credentials" -> "Credentials";
            case "health" -> "Health data";
            case "confidential" -> "Confidential data";
            case "public" -> "Public data";
            default -> "Data classified " + ExportText.clip(c.value(), 60);
        };
    }

    private String description(DataClass c) {
        if (c.facts().isEmpty()) {
            return "Data of " + m.system() + "; no source says how it is classified.";
        }
        return title(c) + ", as stated: " + c.facts().stream().map(f -> m.name(f.subject()) + ": “"
                + ExportText.clip(dev.threatmodelbot.domain.Quotes.readable(f.source().quote()), 200) + "” (" + ExportEvidence.cite(f.source()) + ")")
                .distinct().collect(Collectors.joining("; "));
    }

    private static String confidentiality(String classification) {
        return switch (classification) {
            case "", "internal" -> "internal";
            case "public" -> "public";
            case "payment", "credentials", "health" -> "strictly-confidential";
            default -> "confidential";
        };
    }
}
