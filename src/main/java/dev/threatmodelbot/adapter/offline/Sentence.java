package dev.threatmodelbot.adapter.offline;

/**
 * One statement of a text. {@code text} is what gets quoted; {@code analysed} is the same text, of
 * the same length, with Markdown emphasis and URLs blanked so they neither hide nor fake a name.
 */
record Sentence(String text, String analysed, Kind kind) {

    enum Kind {
        PROSE,
        HEADING,
        CODE
    }

    /** Headings title things and code shows things; only prose states flows and facts. */
    boolean states() {
        return kind == Kind.PROSE;
    }
}
