package dev.threatmodelbot.adapter.offline;

import java.util.regex.Pattern;

/**
 * Where a sentence says secrets are kept: "The API key and the Billing token are stored in the
 * Secret vault" tells where credentials live (a fact), not that the part named before "token" sends
 * anything to the vault. The parts such a sentence names own the secrets; none of them is an agent.
 */
final class Kept {
    private static final Pattern SECRETS_KEPT = Pattern.compile("(?i)\\b(?:keys?|tokens?|secrets?|passwords?"
            + "|credentials?|certificates?|certs?|passphrases?)\\b[^.;:]*?\\b(?:is|are|was|were|be|been|being|get|gets)"
            + "\\s+(?:\\w+ly\\s+|all\\s+|also\\s+)?$");
    private static final Pattern KEEPING = Pattern.compile("(?i)(?:stor|kept|keep|held|hold|sav|plac|put)\\w*\\b");

    private Kept() {}

    /** Whether the connector at {@code at} is the passive verb of a sentence about where secrets are kept. */
    static boolean secrets(String text, int at) {
        return KEEPING.matcher(text).region(at, text.length()).lookingAt()
                && SECRETS_KEPT.matcher(text.substring(0, at)).find();
    }
}
