package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.threat.OwaspLlm;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** One drafted threat as a Threagile individual risk category, with its risks and their tracking. */
final class ThreagileRiskExport {
    private final ExportModel m;
    private final ThreagileAssetsExport assets;
    private final DraftedThreat dt;
    private final Threat t;
    private final String id;
    private final List<String> syntheticIds = new ArrayList<>();

    ThreagileRiskExport(ExportModel m, ThreagileAssetsExport assets, DraftedThreat dt) {
        this.m = m;
        this.assets = assets;
        this.dt = dt;
        this.t = dt.threat();
        this.id = "threat-" + dt.number() + "-" + ExportText.slug(ExportText.clip(t.rule(), 60), "rule");
    }

    String id() {
        return id;
    }

    /** The category's title, unique through the threat's number. */
    String title() {
        return ExportText.oneLine(t.title()) + " (threat " + dt.number() + ")";
    }

    ObjectNode category() {
        ObjectNode c = ExportJson.object();
        c.put("id", id);
        c.put("description", ExportText.oneLine(t.description()));
        c.put("impact", ExportText.words(t.severity()) + " severity: impact " + t.impact() + " of 3, likelihood "
                + t.likelihood() + " of 3.");
        c.put("asvs", "");
        c.put("cheat_sheet", "");
        c.put("action", ExportText.clip(ExportText.firstSentence(t.mitigation()), 120));
        c.put("mitigation", ExportText.oneLine(t.mitigation()));
        c.put("check", "Is the mitigation above in place?");
        c.put("function", "architecture");
        c.put("stride", stride());
        c.put("detection_logic", "Drafted by threatmodel-bot rule '" + t.rule() + "' from the cited facts.");
        c.put("risk_assessment", assessment());
        c.put("false_positives", t.assumptions().isEmpty() ? ""
                : "A false positive if an assumption is wrong: " + String.join("; ", t.assumptions()));
        c.put("model_failure_possible_reason", !t.assumptions().isEmpty());
        c.put("cwe", 0);
        c.set("risks_identified", risks());
        return c;
    }

    /** Threagile takes one category: the first in STRIDE order. */
    private String stride() {
        return ExportText.ordered(t.stride()).stream().findFirst().orElse(Stride.INFORMATION_DISCLOSURE).name()
                .toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String assessment() {
        StringBuilder a = new StringBuilder("Status: ").append(ExportReview.sentence(dt)).append(". Confidence ")
                .append(t.confidence().name().toLowerCase(Locale.ROOT)).append('.');
        if (!t.owaspLlm().isEmpty()) {
            a.append(" OWASP Top 10 for LLM: ").append(OwaspLlm.labels(t.owaspLlm())).append('.');
        }
        if (!t.atlas().isEmpty()) {
            a.append(" MITRE ATLAS: ").append(String.join(", ", t.atlas())).append('.');
        }
        return a.toString();
    }

    private ObjectNode risks() {
        ObjectNode all = ExportJson.object();
        Set<String> titles = new HashSet<>();
        for (String subject : m.subjects(t)) {
            Optional<DataFlow> flow = m.flow(subject);
            String asset = assets.id(flow.map(DataFlow::source).orElse(subject));
            Optional<String> link = flow.map(assets::linkId);
            String breached = assets.id(flow.map(DataFlow::target).orElse(subject));
            String key = ExportText.oneLine(t.title()) + (flow.isPresent() ? " on " : " at ") + m.name(subject);
            all.set(titles.add(key) ? key : key + " (" + subject + ")", risk(Optional.of(asset), link, breached));
        }
        if (all.isEmpty()) {
            all.set(ExportText.oneLine(t.title()), risk(Optional.empty(), Optional.empty(), ""));
        }
        return all;
    }

    private ObjectNode risk(Optional<String> asset, Optional<String> link, String breached) {
        boolean disclosure = t.stride().contains(Stride.INFORMATION_DISCLOSURE);
        ObjectNode r = ExportJson.object();
        r.put("severity", t.severity().name().toLowerCase(Locale.ROOT));
        r.put("exploitation_likelihood", List.of("unlikely", "likely", "very-likely").get(level(t.likelihood())));
        r.put("exploitation_impact", List.of("low", "medium", "high").get(level(t.impact())));
        r.put("data_breach_probability", !disclosure ? "improbable" : t.impact() >= 3 ? "probable" : "possible");
        r.set("data_breach_technical_assets", ExportJson.strings(
                disclosure && !breached.isEmpty() ? List.of(breached) : List.of()));
        r.put("most_relevant_data_asset", "");
        r.put("most_relevant_technical_asset", asset.orElse(""));
        r.put("most_relevant_communication_link", link.orElse(""));
        r.put("most_relevant_trust_boundary", "");
        r.put("most_relevant_shared_runtime", "");
        syntheticIds.add(id + asset.map(a -> "@" + a).orElse("") + link.map(l -> "@" + l).orElse(""));
        return r;
    }

    private static int level(int rating) {
        return Math.max(1, Math.min(3, rating)) - 1;
    }

    /** Threagile's ids of the risks: category, then "@" and each most relevant element. */
    List<String> syntheticIds() {
        return syntheticIds;
    }

    /** For a threat marked for discussion, the tracking entry that says so; nothing otherwise. */
    Optional<ObjectNode> tracking() {
        Optional<Decision> d = ExportReview.decision(dt).filter(x -> x.kind() == Decision.Kind.DISCUSS);
        return d.map(x -> {
            ObjectNode r = ExportJson.object();
            r.put("status", "in-discussion");
            r.put("justification", "Marked for discussion by " + x.by() + " in the threat-model review.");
            r.put("ticket", "");
            r.put("date", ExportReview.decidedOn(dt).orElseThrow().toString());
            r.put("checked_by", x.by());
            return r;
        });
    }
}
