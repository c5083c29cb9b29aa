package dev.threatmodelbot.domain;

/**
 * What a question is, read from its id: the question bank's ownership question asked of everyone first, a
 * starter from the bank, one part's open points, a follow-up to an unusable answer, or a disagreement to
 * settle. Stored ids keep their form ({@code ownership}, {@code gap:…}, {@code followup:…},
 * {@code conflict:…}, a bank id), so sessions saved before kinds were a type read the same.
 */
public enum QuestionKind {
    OWNERSHIP("ownership"),
    GAP("gap:"),
    FOLLOW_UP("followup:"),
    CONTRADICTION("conflict:"),
    STARTER("");

    private final String prefix;

    QuestionKind(String prefix) {
        this.prefix = prefix;
    }

    public static QuestionKind of(String bankId) {
        if (bankId.equals(OWNERSHIP.prefix)) {
            return OWNERSHIP;
        }
        for (QuestionKind k : new QuestionKind[] {GAP, FOLLOW_UP, CONTRADICTION}) {
            if (bankId.startsWith(k.prefix)) {
                return k;
            }
        }
        return STARTER;
    }

    /** The id of a question of this kind about {@code key} (the ownership question has no key). */
    public String id(String key) {
        return this == OWNERSHIP ? prefix : prefix + key;
    }

    /** The ownership question's id. */
    public String id() {
        return id("");
    }

    /** What a question of this kind is about: its id without the kind. */
    public String keyOf(String bankId) {
        return this == OWNERSHIP ? "" : bankId.substring(prefix.length());
    }
}
