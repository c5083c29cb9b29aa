package dev.threatmodelbot.domain;

import java.math.BigDecimal;
import java.util.Optional;

/** A chat platform the bot talks on, with its own rule for which of two messages came first. */
public enum Platform {
    /** Message ids are {@code ts} values: seconds since the epoch with microseconds ({@code 1767226000.000300}). */
    SLACK {
        @Override
        public Optional<Integer> order(String a, String b) {
            return decimal(a, b);
        }
    },
    /** Channel message ids are milliseconds since the epoch. */
    TEAMS {
        @Override
        public Optional<Integer> order(String a, String b) {
            return decimal(a, b);
        }
    },
    /** The local web workspace: ids count up as messages are stored. */
    WEB {
        @Override
        public Optional<Integer> order(String a, String b) {
            try {
                return Optional.of(Long.compare(Long.parseLong(a), Long.parseLong(b)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    };

    /** The platform as people call it, to start a sentence with. */
    public String label() {
        switch (this) {
            case SLACK:
                return "Slack";
            case TEAMS:
                return "Teams";
            default:
                return "The workspace";
        }
    }

    /** How people add the bot to a channel, as advice to the person who started an interview where it cannot post. */
    public String addBotHint() {
        return this == SLACK ? "Invite me with `/invite @threatmodel-bot`" : "Add me to the channel";
    }

    /** What to check when the platform refuses to hand over a shared file, again and again. */
    public String fileAccessHint() {
        return this == SLACK ? " If this keeps happening, the app may need reinstalling with the `files:read` permission."
                : " Could you share it again?";
    }

    /** Negative when message {@code a} came before {@code b}; empty when either is not this platform's id. */
    public abstract Optional<Integer> order(String a, String b);

    private static Optional<Integer> decimal(String a, String b) {
        try {
            return Optional.of(new BigDecimal(a).compareTo(new BigDecimal(b)));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
