package dev.threatmodelbot.domain;

import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Short, human-friendly session id such as {@code TM-7KQ3}: easy to say aloud and type in a command. */
public record SessionId(String value) {
    // No 0/O, 1/I/L or U: ids are read out in meetings and typed from memory.
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("TM-[" + ALPHABET + "]{4,8}");

    public SessionId {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a session id: " + value);
        }
    }

    public static SessionId random(RandomGenerator random, int length) {
        StringBuilder id = new StringBuilder("TM-");
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new SessionId(id.toString());
    }

    /** Reads what a person typed: case-insensitive, with or without the {@code TM-} prefix. */
    public static java.util.Optional<SessionId> parse(String typed) {
        String candidate = typed.trim().toUpperCase(Locale.ROOT);
        if (!candidate.startsWith("TM-")) {
            candidate = "TM-" + candidate;
        }
        return FORMAT.matcher(candidate).matches()
                ? java.util.Optional.of(new SessionId(candidate))
                : java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
