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
    private static final Pattern SAYS = Pattern.compile("(?i)\\b(?:(?:already|previously|separately)\\s+(?:been\\s+)?"
            + MODELLED + "|(?:has|have|had|was|were)\\s+(?:already\\s+)?been\\s+" + MODELLED + "|" + MODELLED
            + "\\s+(?:already|before|previously|separately|elsewhere|prior\\s+to)|covered\\s+(?:by|in)\\s+(?:an?\\s+|its\\s+own\\s+"
            + "|their\\s+own\\s+|another\\s+)?(?:separate\\s+|existing\\s+|earlier\\s+)?threat\\s+models?"
            + "|included\\s+(?:only\\s+)?(?:here\\s+)?for\\s+context|(?:is|are)\\s+(?:out\\s+of|not\\s+in)\\s+scope"
            + "|(?:is|are)\\s+not\\s+covered\\s+(?:here|by\\s+this))\\b");

    /**
     * "the mobile app's local storage", "GitHub's own platform security": a facet of the part is excluded, not
     * the part ("X's own systems" is X).
     */
    private static final Pattern FACET = Pattern.compile("(?i)['’]s\\s+(?!own\\s+systems?\\b)");
    /**
     * "The security of Slack, Jira and Azure OpenAI as platforms": the vendors' side is excluded, not how this
     * system uses them.
     */
    private static final Pattern PLATFORM = Pattern.compile("(?i)\\b(?:security|hardening|availability) of\\b");

    private ReviewedElsewhere() {}

    /**
     * The parts a sentence names as reviewed elsewhere (none when it says no such thing), or every part
     * it names under a heading like "Out of scope"; people are no parts.
     */
    static List<Mention> named(Sentence s, List<Mention> mentions, boolean outOfScopeSection) {
        if (!outOfScopeSection && !SAYS.matcher(s.analysed()).find()) {
            return List.of();
        }
        String text = s.analysed();
        java.util.regex.Matcher platform = PLATFORM.matcher(text);
        int platformFrom = platform.find() ? platform.end() : text.length();
        return mentions.stream().filter(m -> m.ref().kind() != ComponentKind.EXTERNAL_ENTITY
                && !FACET.matcher(text.substring(m.end())).lookingAt() && m.start() < platformFrom).toList();
    }

    /** The fact stated about such a part. */
    static SecurityPatterns.Hit hit(Mention m) {
        return new SecurityPatterns.Hit(Property.SCOPE, "reviewed-elsewhere", false, m.start(), m.end());
    }
}
