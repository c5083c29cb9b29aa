package dev.threatmodelbot.domain.threat;

/** How bad a threat is: likelihood × impact, each rated 1 (low) to 3 (high). */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** 1–2 low, 3–4 medium, 6 high, 9 critical. */
    public static Severity of(int likelihood, int impact) {
        int score = Math.max(1, Math.min(3, likelihood)) * Math.max(1, Math.min(3, impact));
        return score >= 9 ? CRITICAL : score >= 6 ? HIGH : score >= 3 ? MEDIUM : LOW;
    }
}
