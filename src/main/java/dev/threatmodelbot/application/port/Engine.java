package dev.threatmodelbot.application.port;

import java.util.Optional;

/**
 * How the interview understands text: the offline extractor always, the language model when one
 * is configured, the matcher that tells which topic an answer talks about, and the reader of files
 * shared in a thread, and the drafter of threats.
 */
public record Engine(FactExtractor extractor, Optional<LanguageModel> model, Meaning meaning,
        DocumentReader documents, ThreatDrafter drafter, ModelExporter exporter) {

    /** No language model, no sense of meaning, no threats drafted: the rules alone. */
    public static Engine offline(FactExtractor extractor, DocumentReader documents) {
        return new Engine(extractor, Optional.empty(), Meaning.NONE, documents, model -> java.util.List.of(),
                (session, format) -> "");
    }
}
