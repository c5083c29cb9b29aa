package dev.threatmodelbot.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What one scripted interview of one eval case came to. */
record InterviewResult(
        String caseName,
        int sectionsGiven,
        int sectionsHeldBack,
        int sentencesHeldBack,
        Map<String, Integer> askedPerEngineer,
        int bank,
        int gap,
        int followUp,
        int conflict,
        int unsureAnswers,
        int coverageAtStart,
        int coverage,
        boolean enough,
        int wholeDocCoverage,
        boolean wholeDocEnough,
        int components,
        int flows,
        int facts,
        int contradictionsRaised,
        int staleContradictions,
        int selfContradictions,
        int repeatedTopics,
        int topics,
        int openTopics,
        int gapTopicsNeverAsked,
        String stop,
        Duration simulated,
        long wallMillis,
        List<String> remainingGaps,
        List<String> transcript) {

    int total() {
        return askedPerEngineer.values().stream().mapToInt(Integer::intValue).sum();
    }
}
