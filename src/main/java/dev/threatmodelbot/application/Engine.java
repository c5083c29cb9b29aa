package dev.threatmodelbot.application;

import java.util.Optional;

/**
 * How the interview understands text: the offline extractor always, the language model when one
 * is configured, the matcher that tells which topic an answer talks about, and the reader of files
 * shared in a thread.
 */
public record Engine(FactExtractor extractor, Optional<LanguageModel> model, Meaning meaning,
        DocumentReader documents) {

    public static Engine offline(FactExtractor extractor, DocumentReader documents) {
        return new Engine(extractor, Optional.empty(), Meaning.NONE, documents);
    }
}
