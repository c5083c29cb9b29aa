package dev.threatmodelbot.domain.threat;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security lead's change to a drafted threat, made by replying {@code #3 severity high} in the
 * draft's thread: a new title, description, mitigation, likelihood, impact or severity, or a note
 * added to the description. Kept with who, when and the reply's id, and applied again when the
 * threat is drafted again in a later version.
 */
public record Amendment(Field field, String value, String by, Instant at, String messageId) {

    /** What an amendment changes. */
    public enum Field {
        TITLE,
        DESCRIPTION,
        MITIGATION,
        LIKELIHOOD,
        IMPACT,
        SEVERITY,
        NOTE
    }

    /** {@code #3 …}: a threat number, then what to change. */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*#(\\d{1,4})\\b[\\s:,.-]*(.*)$", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile(
            "^(title|description|mitigation|likelihood|impact|severity)\\b\\s*(?:[:=]|(?:is|to)\\b)?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int MAX = 1500;

    /** A reply that names a threat by number: the number and the rest of the text. */
    public record Numbered(int number, String rest) {}

    public static Optional<Numbered> numbered(String text) {
        Matcher m = NUMBERED.matcher(text == null ? "" : text);
        return m.matches() ? Optional.of(new Numbered(Integer.parseInt(m.group(1)), m.group(2).strip()))
                : Optional.empty();
    }

    /**
     * Reads what follows the number: {@code severity high}, {@code likelihood 2}, {@code impact low},
     * {@code title: …}, {@code mitigation: …}, {@code description: …}; anything else is a note. Empty
     * when a rating is not one ({@code severity extreme}) or nothing is said.
     */
    public static Optional<Amendment> parse(String rest, String by, Instant at, String messageId) {
        String text = rest.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = FIELD.matcher(text);
        if (!m.matches() || m.group(2).isBlank()) {
            return Optional.of(new Amendment(Field.NOTE, cap(text), by, at, messageId));
        }
        Field field = Field.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        String value = m.group(2).strip();
        switch (field) {
            case SEVERITY:
                return severity(value).map(s -> new Amendment(field, s.name(), by, at, messageId));
            case LIKELIHOOD:
            case IMPACT:
                return rating(value).map(r -> new Amendment(field, String.valueOf(r), by, at, messageId));
            default:
                return Optional.of(new Amendment(field, cap(value), by, at, messageId));
        }
    }

    /** The threat with this change made. */
    public Threat apply(Threat t) {
        int likelihood = t.likelihood();
        int impact = t.impact();
        String title = t.title();
        String description = t.description();
        String mitigation = t.mitigation();
        switch (field) {
            case TITLE -> title = value;
            case DESCRIPTION -> description = value;
            case MITIGATION -> mitigation = value;
            case LIKELIHOOD -> likelihood = Integer.parseInt(value);
            case IMPACT -> impact = Integer.parseInt(value);
            case SEVERITY -> {
                int[] li = ratings(Severity.valueOf(value));
                likelihood = li[0];
                impact = li[1];
            }
            case NOTE -> description = description + "\nNote from the security lead: " + value;
            default -> { }
        }
        return new Threat(t.id(), t.rule(), title, description, t.stride(), t.subjects(), likelihood, impact,
                mitigation, t.evidence(), t.assumptions(), t.confidence(), t.owaspLlm(), t.atlas(), t.attack());
    }

    /** "severity → high", "a note". */
    public String summary() {
        return switch (field) {
            case NOTE -> "a note";
            case SEVERITY -> "severity → " + value.toLowerCase(Locale.ROOT);
            case LIKELIHOOD, IMPACT -> field.name().toLowerCase(Locale.ROOT) + " → " + value;
            default -> "the " + field.name().toLowerCase(Locale.ROOT);
        };
    }

    /** Likelihood × impact giving the severity: critical 3×3, high 3×2, medium 2×2, low 1×2. */
    static int[] ratings(Severity s) {
        return switch (s) {
            case CRITICAL -> new int[] {3, 3};
            case HIGH -> new int[] {3, 2};
            case MEDIUM -> new int[] {2, 2};
            case LOW -> new int[] {1, 2};
        };
    }

    private static Optional<Severity> severity(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        for (Severity s : Severity.values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(w)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> rating(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return switch (w) {
            case "1", "low" -> Optional.of(1);
            case "2", "medium" -> Optional.of(2);
            case "3", "high" -> Optional.of(3);
            default -> Optional.empty();
        };
    }

    private static String cap(String text) {
        return text.length() <= MAX ? text : text.substring(0, MAX) + "…";
    }
}
