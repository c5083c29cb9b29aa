package dev.threatmodelbot.adapter.offline;

/**
 * One statement of a text. {@code text} is what gets quoted; {@code analysed} is the same text, of
 * the same length, with Markdown emphasis and URLs blanked so they neither hide nor fake a name;
 * {@code level} is a heading's depth (1 for "#"), 0 for other sentences; {@code item} marks the first
 * sentence of a list item, which speaks of what it names, not of what the item above named.
 */
record Sentence(String text, String analysed, Kind kind, int level, boolean item) {

    Sentence(String text, String analysed, Kind kind) {
        this(text, analysed, kind, 0, false);
    }

    Sentence(String text, String analysed, Kind kind, int level) {
        this(text, analysed, kind, level, false);
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
