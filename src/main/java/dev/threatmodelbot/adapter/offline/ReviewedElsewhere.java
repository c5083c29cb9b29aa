package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.Property;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts a text says this review does not cover: "features that have already been threat modeled and
 * deployed — namely the web front end on X and sign-in through Y", "the flows of X are included for
 * context", "X is covered by its own threat model", "X is out of scope", what an "Out of scope" or "Not
 * covered" section names. They stay in the model (they carry flows and are
 * context for the rest) but get no questions and no threats of their own.
 */
final class ReviewedElsewhere {
    private static final String MODELLED = "threat[- ]?model(?:l)?ed";
    /** Sentences that say parts were threat-modelled before or are shown for context: every part they name. */
    private static final Pattern MODELLED_BEFORE = Pattern.compile("(?i)\\b(?:(?:already|previously|separately)\\s+"
            + "(?:been\\s+)?" + MODELLED + "|(?:has|have|had|was|were)\\s+(?:already\\s+)?been\\s+" + MODELLED + "|"
            + MODELLED + "\\s+(?:already|before|previously|separately|elsewhere|prior\\s+to)|covered\\s+(?:by|in)\\s+"
            + "(?:an?\\s+|its\\s+own\\s+|their\\s+own\\s+|another\\s+)?(?:separate\\s+|existing\\s+|earlier\\s+)?threat\\s+"
            + "models?|included\\s+(?:only\\s+)?(?:here\\s+)?for\\s+context)\\b");
    /** Sentences that put something out of scope: only a part they name as a whole. */
    private static final Pattern EXCLUDED = Pattern.compile("(?i)\\b(?:(?:is|are)\\s+(?:out\\s+of|not\\s+in)\\s+scope"
            + "|(?:is|are)\\s+not\\s+covered\\s+(?:here|by\\s+this))\\b");
    /** What ends an item of a list of exclusions. */
    private static final Pattern ITEM_END = Pattern.compile("[,;:.(•—–]|\\s[-–—]\\s");
    /**
     * Words an item may hold beside the parts it excludes whole: determiners, "and", "or", a noun for the kind of
     * thing a part is ("the Vault cluster"), "X's own systems". Anything else excludes a facet ("EHR internals",
     * "Zendesk platform security", "LIS and Instrument Middleware vendor software", "messages that pass through X").
     */
    private static final Pattern WHOLE_WORDS = Pattern.compile("(?i)(?:\\s|['’]s\\s+own\\s+systems?\\b|\\b(?:the|our|its|their"
            + "|any|all|existing|internal|external|whole|entire|and|or|both|clusters?|services?|servers?|instances?"
            + "|accounts?|apps?|applications?|websites?|sites?|deployments?|itself|as a whole|entirely)\\b)*");

    /**
     * "the mobile app's local storage", "GitHub's own platform security": a facet of the part is excluded, not
     * the part ("X's own systems" is X).
     */
    private static final Pattern FACET = Pattern.compile("(?i)['’]s\\s+(?!own\\s+systems?\\b)");
    /**
     * "The security of Slack, Jira and Azure OpenAI as platforms": the vendors' side is excluded, not how this
     * system uses them.
     */
    private static final Pattern PLATFORM = Pattern.compile("(?i)\\b(?:security|hardening|availability|internals|operation)"
            + " of\\b|\\bas (?:a )?platforms?\\b");

    private ReviewedElsewhere() {}

    /**
     * The parts a sentence names as reviewed elsewhere: every part a sentence saying they were threat-modelled
     * before names; a part an exclusion ("X is out of scope", an item under "Out of scope") names as a whole,
     * not a facet of it ("EHR internals", "the security of Slack as a platform", "messages that pass through
     * X"). People are no parts.
     */
    static List<Mention> named(Sentence s, List<Mention> mentions, boolean outOfScopeSection) {
        String text = s.analysed();
        List<Mention> parts = mentions.stream().filter(m -> m.ref().kind() != ComponentKind.EXTERNAL_ENTITY).toList();
        if (MODELLED_BEFORE.matcher(text).find()) {
            return parts.stream().filter(m -> !FACET.matcher(text.substring(m.end())).lookingAt()).toList();
        }
        if (!outOfScopeSection && !EXCLUDED.matcher(text).find()) {
            return List.of();
        }
        if (PLATFORM.matcher(text).find()) {
            return List.of();
        }
        return parts.stream().filter(m -> whole(text, m, parts)).toList();
    }

    /**
     * The parts an exclusion names only for how people sign in to them ("Okta's MFA configuration", "the portal's
     * login and device binding"): their sign-in is reviewed elsewhere, the rest of them is not.
     */
    static List<Mention> signInElsewhere(Sentence s, List<Mention> mentions, boolean outOfScopeSection) {
        String text = s.analysed();
        if (!outOfScopeSection && !EXCLUDED.matcher(text).find() && !MODELLED_BEFORE.matcher(text).find()) {
            return List.of();
        }
        return mentions.stream().filter(m -> m.ref().kind() != ComponentKind.EXTERNAL_ENTITY
                && SIGN_IN_FACET.matcher(text.substring(m.end())).lookingAt()).toList();
    }

    private static final Pattern SIGN_IN_FACET = Pattern.compile("(?i)(?:['’]s)?\\s+(?:(?:own|existing|current)\\s+)?"
            + "(?:MFA|multi-factor|login|log-in|sign[- ]in|authentication|SSO|password|enrol?ment|device binding|"
            + "account recovery)\\b");

    /** Whether the item of the list that names the part holds nothing but whole parts. */
    private static boolean whole(String text, Mention m, List<Mention> parts) {
        int last = 0;
        Matcher before = ITEM_END.matcher(text.substring(0, m.start()));
        while (before.find()) {
            last = before.end();
        }
        int from = last;
        Matcher after = ITEM_END.matcher(text);
        int to = after.find(m.end()) ? after.start() : text.length();
        StringBuilder rest = new StringBuilder(text.substring(from, to));
        parts.stream().filter(p -> p.start() >= from && p.end() <= to).sorted((a, b) -> b.start() - a.start())
                .forEach(p -> rest.replace(p.start() - from, p.end() - from, " "));
        return WHOLE_WORDS.matcher(rest.toString()).matches();
    }

    /** The fact stated about such a part. */
    static SecurityPatterns.Hit hit(Mention m) {
        return new SecurityPatterns.Hit(Property.SCOPE, "reviewed-elsewhere", false, m.start(), m.end());
    }
}
