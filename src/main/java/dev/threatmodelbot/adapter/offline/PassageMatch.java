package dev.threatmodelbot.adapter.offline;

/** The passage a claim is about: its position in the candidates and its cosine similarity. */
public record PassageMatch(int index, double score) {}
