package dev.threatmodelbot.application;

import dev.threatmodelbot.domain.context.Property;

/** Tells whether a free-text answer talks about a security property, whatever words it uses. */
public interface AnswerTopics {

    /** Knows no topics: every answer is read by the extractor's rules alone. */
    AnswerTopics NONE = (answer, property) -> false;

    boolean addresses(String answer, Property property);
}
