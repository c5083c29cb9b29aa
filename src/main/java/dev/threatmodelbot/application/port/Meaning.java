package dev.threatmodelbot.application.port;

import dev.threatmodelbot.domain.context.Property;
import java.util.List;
import java.util.Optional;

/**
 * What sentences mean, whatever their words: whether an answer talks about a security property, and
 * which of some passages a sentence is about.
 */
public interface Meaning {

    /** Knows nothing: every answer is read by the extractor's rules alone, no passage is found. */
    Meaning NONE = new Meaning() {
        @Override
        public boolean addresses(String text, Property property) {
            return false;
        }

        @Override
        public Optional<Integer> closest(String sentence, List<String> passages) {
            return Optional.empty();
        }
    };

    boolean addresses(String text, Property property);

    /** The index of the passage {@code sentence} is about, if one is close enough. */
    Optional<Integer> closest(String sentence, List<String> passages);
}
