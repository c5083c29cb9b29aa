package dev.threatmodelbot.adapter.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.DraftedThreat;

/**
 * The model in Threagile's YAML input format: parts as technical assets, flows as communication
 * links, stated data classifications as data assets, and every drafted threat the lead has not
 * rejected as a risk category with one risk per part or flow it is about. {@code current}: today's
 * upstream input (`custom_risk_categories`, a list of categories each with its title); otherwise the
 * classic 1.0.0 releases' (`individual_risk_categories`, a map by title). Every id a risk or link
 * refers to is declared, so Threagile loads the file as it is. What nobody stated and Threagile has
 * no "unknown" for is written as a placeholder claiming no gap and listed in `questions`.
 */
final class ThreagileExport {
    private ThreagileExport() {}

    static String of(ExportModel m, boolean current) {
        ThreagileDataExport data = new ThreagileDataExport(m);
        ThreagileAssetsExport assets = new ThreagileAssetsExport(m, data);
        ObjectNode root = ExportJson.object();
        root.put("threagile_version", "1.0.0");
        root.put("title", "Threat model — " + m.system() + " (" + m.version() + ")");
        root.put("date", m.date().toString());
        ObjectNode author = root.putObject("author");
        author.put("name", "threatmodel-bot session " + m.sessionId() + " (security lead " + m.session().lead() + ")");
        author.put("homepage", "");
        root.put("management_summary_comment", summary(m));
        root.put("business_criticality", "important");
        overview(root.putObject("business_overview"), "Threat model of " + m.system()
                + " drafted from its design doc and the engineers' answers in session " + m.sessionId() + ".");
        overview(root.putObject("technical_overview"), m.parts().size() + " parts and " + m.flows().size()
                + " data flows named by the sources.");
        root.putObject("questions");
        root.putObject("abuse_cases");
        root.putObject("security_requirements");
        ObjectNode technical = assets.technicalAssets();
        root.set("tags_available", ExportJson.strings(assets.tagsUsed()));
        root.set("data_assets", data.assets());
        root.set("technical_assets", technical);
        root.set("trust_boundaries", assets.trustBoundaries());
        root.putObject("shared_runtimes");
        ObjectNode tracking = ExportJson.object();
        if (current) {
            root.set("custom_risk_categories", categories(m, assets, tracking));
        } else {
            root.set("individual_risk_categories", risks(m, assets, tracking));
        }
        root.set("risk_tracking", tracking);
        root.set("questions", assets.questions());
        return ExportJson.yaml(root);
    }

    private static void overview(ObjectNode o, String description) {
        o.put("description", description);
        o.set("images", ExportJson.array());
    }

    private static String summary(ExportModel m) {
        long rejected = m.threats().stream().filter(t -> t.status() == Decision.Kind.REJECTED).count();
        return m.draft().isEmpty() ? "No threats drafted yet: this is the context model only."
                : m.threats().size() + " threats drafted in " + m.version() + " on " + m.date()
                        + "; threats the security lead rejected are left out (" + rejected + ").";
    }

    private static ArrayNode categories(ExportModel m, ThreagileAssetsExport assets, ObjectNode tracking) {
        ArrayNode all = ExportJson.array();
        for (DraftedThreat dt : m.threats()) {
            if (dt.status() != Decision.Kind.REJECTED) {
                ThreagileRiskExport risk = new ThreagileRiskExport(m, assets, dt);
                ObjectNode category = all.addObject();
                category.put("id", risk.id());
                category.put("title", risk.title());
                category.setAll(risk.category());
                risk.tracking().ifPresent(t -> risk.syntheticIds().forEach(id -> tracking.set(id, t.deepCopy())));
            }
        }
        return all;
    }

    private static ObjectNode risks(ExportModel m, ThreagileAssetsExport assets, ObjectNode tracking) {
        ObjectNode all = ExportJson.object();
        for (DraftedThreat dt : m.threats()) {
            if (dt.status() != Decision.Kind.REJECTED) {
                ThreagileRiskExport risk = new ThreagileRiskExport(m, assets, dt);
                all.set(risk.title(), risk.category());
                risk.tracking().ifPresent(t -> risk.syntheticIds().forEach(id -> tracking.set(id, t.deepCopy())));
            }
        }
        return all;
    }
}
