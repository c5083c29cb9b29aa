package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.application.port.ModelExporter;
import dev.threatmodelbot.domain.Session;

/**
 * Writes a session's threat model as a Markdown report, a Threagile model, an Open Threat Model
 * document or a threat-composer export. A session without a draft gives its context model with no
 * threats. The same session always gives the same bytes: ids derive from the session and element
 * ids, dates from the draft.
 */
public final class ModelExports implements ModelExporter {

    public ModelExports() {}

    @Override
    public String export(Session session, Format format) {
        ExportModel model = ExportModel.of(session);
        return switch (format) {
            case MARKDOWN -> MarkdownExport.of(model);
            case THREAGILE -> ThreagileExport.of(model, true);
            case THREAGILE_CLASSIC -> ThreagileExport.of(model, false);
            case OTM -> OtmExport.of(model);
            case THREAT_COMPOSER -> ThreatComposerExport.of(model);
        };
    }
}
