package dev.threatmodelbot.adapter.offline;

/**
 * One statement of a text. {@code text} is what gets quoted; {@code analysed} is the same text, of
 * the same length, with Markdown emphasis and URLs blanked so they neither hide nor fake a name;
 * {@code level} is a heading's depth (1 for "#"), 0 for other sentences.
 */
record Sentence(String text, String analysed, Kind kind, int level) {

    Sentence(String text, String analysed, Kind kind) {
        this(text, analysed, kind, 0);
    }

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
