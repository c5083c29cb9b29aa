package dev.threatmodelbot.domain;

/** Text people or documents wrote, made fit for one line of a message, a file or a ticket. */
public final class OneLine {
    private OneLine() {}

    /** One line: control characters dropped, runs of blanks and line breaks made single spaces. */
    public static String of(String text) {
        return text.replaceAll("[\\p{Cntrl}&&[^\\s]]", "").replaceAll("\\s+", " ").strip();
    }

    /** At most {@code max} characters on one line, cut at a word with an ellipsis when too long. */
    public static String clip(String text, int max) {
        String line = of(text);
        if (line.length() <= max) {
            return line;
        }
        String cut = line.substring(0, max - 1);
        int space = cut.lastIndexOf(' ');
        return (space > max / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
    }
}
