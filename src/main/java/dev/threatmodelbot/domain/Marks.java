package dev.threatmodelbot.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Review marks in the core's text ({@code {mark:approve}}) and the review signals they stand for: each
 * surface shows a mark as its own idiom (Slack ✅ as {@code :white_check_mark:}, the web page as ✅) and
 * reads its own reactions back into a signal.
 */
public final class Marks {
    private static final Pattern TOKEN = Pattern.compile("\\{mark:([a-z]+)}");

    /** What the lead's reaction means. */
    public enum Signal {
        APPROVE, REJECT, DISCUSS, EXPORT;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * A signal by its word; also by the emoji names events recorded before signals were neutral carry (each surface
         * now turns its own reactions into these words before recording them).
         */
        public static Optional<Signal> named(String name) {
            if (name == null) {
                return Optional.empty();
            }
            switch (name) {
                case "approve":
                case "white_check_mark":
                case "heavy_check_mark":
                    return Optional.of(APPROVE);
                case "reject":
                case "x":
                    return Optional.of(REJECT);
                case "discuss":
                case "thinking_face":
                    return Optional.of(DISCUSS);
                case "export":
                case "rocket":
                    return Optional.of(EXPORT);
                default:
                    return Optional.empty();
            }
        }
    }

    private Marks() {}

    public static String of(Signal signal) {
        return "{mark:" + signal.word() + "}";
    }

    /** Replaces every mark by what {@code render} makes of its signal; unknown marks are left out. */
    public static String render(String text, Function<Signal, String> render) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String shown = Signal.named(m.group(1)).filter(s -> s.word().equals(m.group(1))).map(render).orElse("");
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }
}
