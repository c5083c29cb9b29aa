package dev.threatmodelbot.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a session asked of the language model: calls made, tokens sent and received, calls that
 * failed (the offline engine read those texts instead), whether the thread was told about a
 * fallback, and the sources already flagged to the lead for text that reads like instructions.
 */
public record ModelUsage(int calls, long tokensIn, long tokensOut, int failures, boolean fallbackAnnounced,
        List<String> flagged) {

    public static final ModelUsage NONE = new ModelUsage(0, 0, 0, 0, false, List.of());

    public ModelUsage {
        flagged = flagged == null ? List.of() : List.copyOf(flagged);
    }

    public ModelUsage plus(int moreCalls, long moreIn, long moreOut, int moreFailures) {
        return new ModelUsage(calls + moreCalls, tokensIn + moreIn, tokensOut + moreOut, failures + moreFailures,
                fallbackAnnounced, flagged);
    }

    public ModelUsage announced() {
        return new ModelUsage(calls, tokensIn, tokensOut, failures, true, flagged);
    }

    public ModelUsage flagging(String source) {
        List<String> more = new ArrayList<>(flagged);
        if (!more.contains(source)) {
            more.add(source);
        }
        return new ModelUsage(calls, tokensIn, tokensOut, failures, fallbackAnnounced, more);
    }
}
