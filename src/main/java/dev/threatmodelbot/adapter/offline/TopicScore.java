package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.Property;

/** How close an answer is to a property's example answers: cosine similarity in [-1, 1]. */
public record TopicScore(Property property, double score) {}
