package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.Property;
import java.util.List;
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
    /** Where an item of a list of exclusions begins, up to the part's name: a few determiners at most. */
    private static final Pattern ITEM_START = Pattern.compile("(?i)(?:^|[,;:(•*]|\\s[-–—]\\s|\\band\\b|\\bor\\b)\\s*"
            + "(?:(?:the|our|its|their|any|all|existing|internal|external|whole|entire)\\s+){0,2}$");
    /**
     * After the part's name, what leaves the part whole: the end of the item, an aside about it ("(owned by the
     * Security Infra team)", "which …"), at most one noun for the kind of thing it is ("the Vault cluster").
     * "EHR internals", "Zendesk platform security", "the portal's existing features" exclude a facet.
     */
    private static final Pattern WHOLE = Pattern.compile("(?i)^(?:['’]s\\s+own\\s+systems?)?(?:\\s+(?:clusters?|services?"
            + "|servers?|instances?|accounts?|apps?|applications?|websites?|sites?|deployments?|itself|as a whole))?"
            + "\\s*(?:$|[(,.;:—–]|\\s+(?:which|that|owned|run|operated|managed|maintained|entirely|and|or|is|are)\\b)");

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
        return parts.stream().filter(m -> ITEM_START.matcher(text.substring(0, m.start())).find()
                && WHOLE.matcher(text.substring(m.end())).lookingAt()).toList();
    }

    /** The fact stated about such a part. */
    static SecurityPatterns.Hit hit(Mention m) {
        return new SecurityPatterns.Hit(Property.SCOPE, "reviewed-elsewhere", false, m.start(), m.end());
    }
}
