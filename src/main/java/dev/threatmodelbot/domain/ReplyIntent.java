package dev.threatmodelbot.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an engineer's reply to their open question means: an answer, a skip, a shrug or a hand-over. */
public sealed interface ReplyIntent {

    /** A real answer, kept verbatim. */
    record Answered(String text) implements ReplyIntent {}

    record Skipped() implements ReplyIntent {}

    record Unsure() implements ReplyIntent {}

    /** {@code ask @dave}: the question goes to {@code user}. */
    record HandOver(String user) implements ReplyIntent {}

    Pattern SKIP = Pattern.compile("(?:skip|pass|skip (?:this|it)(?: one)?|next)");
    Pattern UNSURE = Pattern.compile(
            "(?:not sure|unsure|no idea|idk|i don'?t know|don'?t know|dunno|not certain|no clue)");
    Pattern HAND_OVER = Pattern.compile(
            "(?:please )?(?:ask|try|check with|ping) \\{@([A-Za-z0-9_:.\\-]+)}(?: instead)?(?: please)?",
            Pattern.CASE_INSENSITIVE);

    /** Reads a reply whose mentions are already {@code {@USER}} tokens. */
    static ReplyIntent of(String text) {
        String trimmed = text.strip();
        String plain = trimmed.toLowerCase(Locale.ROOT).replaceAll("[`*_~.!]+$", "").replaceAll("^[`*_~]+", "").strip();
        if (SKIP.matcher(plain).matches()) {
            return new Skipped();
        }
        if (UNSURE.matcher(plain).matches()) {
            return new Unsure();
        }
        Matcher handOver = HAND_OVER.matcher(trimmed.replaceAll("[.!]+$", "").strip());
        if (handOver.matches()) {
            return new HandOver(handOver.group(1));
        }
        return new Answered(trimmed);
    }
}
