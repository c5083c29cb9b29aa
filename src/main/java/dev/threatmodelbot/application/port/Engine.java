package dev.threatmodelbot.application.port;

import java.util.Optional;

/**
 * How the interview understands text: the offline extractor always, the language model when one
 * is configured, the matcher that tells which topic an answer talks about, and the reader of files
 * shared in a thread, the drafter of threats, and the writer and reader of threat-model files.
 */
public record Engine(FactExtractor extractor, Optional<LanguageModel> model, Meaning meaning,
        DocumentReader documents, ThreatDrafter drafter, ModelExporter exporter, ModelImporter importer) {

    public Engine {
        importer = importer == null ? ModelImporter.NONE : importer;
    }

    /** An engine that reads no existing threat models (every file is a document). */
    public Engine(FactExtractor extractor, Optional<LanguageModel> model, Meaning meaning, DocumentReader documents,
            ThreatDrafter drafter, ModelExporter exporter) {
        this(extractor, model, meaning, documents, drafter, exporter, ModelImporter.NONE);
    }

    /** No language model, no sense of meaning, no threats drafted: the rules alone. */
    public static Engine offline(FactExtractor extractor, DocumentReader documents) {
        return new Engine(extractor, Optional.empty(), Meaning.NONE, documents, model -> java.util.List.of(),
                (session, format) -> "");
    }
}
