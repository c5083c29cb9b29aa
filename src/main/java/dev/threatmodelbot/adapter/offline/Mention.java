package dev.threatmodelbot.adapter.offline;

/** A component named in a sentence, at {@code start} (inclusive) to {@code end} (exclusive). */
record Mention(ComponentRef ref, int start, int end) {

    int length() {
        return end - start;
    }

    boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
