package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.application.port.Meaning;
import dev.threatmodelbot.application.port.TextEmbeddings;
import dev.threatmodelbot.domain.context.Property;
import java.util.List;
import java.util.Optional;

/** The offline engine's sense of meaning: the topic matcher and the passage finder on one embedding model. */
public final class SentenceMeaning implements Meaning {
    private final TopicMatcher topics;
    private final PassageFinder passages;

    public SentenceMeaning(TextEmbeddings embeddings) {
        this.topics = TopicMatcher.packaged(embeddings);
        this.passages = new PassageFinder(embeddings);
    }

    @Override
    public boolean addresses(String text, Property property) {
        return topics.addresses(text, property);
    }

    @Override
    public Optional<Integer> closest(String sentence, List<String> candidates) {
        return passages.find(sentence, candidates).map(PassageMatch::index);
    }
}
