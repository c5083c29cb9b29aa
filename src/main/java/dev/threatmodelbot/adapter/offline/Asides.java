package dev.threatmodelbot.adapter.offline;

import java.util.regex.Pattern;

/**
 * Text that names things which are not the system's parts as built: future work, roadmaps, items
 * out of scope, related projects and the project's community channels, and (for definition lists) sections about data sets, zones, boundaries, threats or
 * assumptions. A part named only there is no part; a stated fact there claims nothing about today.
 */
final class Asides {
    private static final Pattern OUT_OF_SCOPE_HEADING = Pattern.compile("(?i)\\b(?:out[- ]of[- ]scope|not in scope"
            + "|not covered|non[- ]goals?|exclusions?|excluded|scope exclusions?)\\b");
    private static final Pattern LATER_HEADING = Pattern.compile("(?i)\\b(?:future|roadmap|out[- ]of[- ]scope"
            + "|non[- ]goals?|not in scope|not covered|exclusions?|next steps|planned|later phases?|open questions|open items|wish ?list|backlog"
            + "|phase[- ]?(?:2|3|two|three|ii)|later releases?|next (?:phase|release|version)"
            + "|alternatives? considered|rejected alternatives?|related (?:projects?|work|tools)|communication channels?"
            + "|community|adopters|how to get involved)\\b");
    private static final Pattern NOT_PARTS_HEADING = Pattern.compile("(?i)\\b(?:data ?sets?|datasets|assets?"
            + "|trust zones?|zones?|trust boundar(?:y|ies)|boundar(?:y|ies)|assumptions?|threats?|risks?"
            + "|mitigations?|controls?|requirements?|glossary|references?|teams?|owners?"
            + "|stakeholders?|contacts?)\\b");
    private static final Pattern LATER_SENTENCE = Pattern.compile("(?i)\\b(?:(?:will|may|might|could) be (?:added"
            + "|introduced|adopted) (?:later|in (?:a |the )?(?:future|later|next))|(?:is|are) planned for (?:a |the )?"
            + "(?:later|future|next|v\\d)|we plan to (?:add|introduce|adopt)|in (?:a |the )?future (?:release|version"
            + "|phase|iteration)|future work|not yet (?:built|implemented|available|in place|supported|deployed|enabled|configured"
            + "|set up|turned on|rolled out|live)|not (?:built|implemented|available|deployed|enabled|configured|set up"
            + "|turned on|rolled out|live) yet"
            + "|(?:is|are) out of scope|(?:is|are) not in scope|on the roadmap|in a later phase"
            + "|(?:is|are) being considered"
            + "|(?:is|are) (?:on|in) the (?:phase[- ]?(?:2|3|two|three)|backlog|roadmap|next[- ]phase)(?: list)?"
            + "|(?:is|are) (?:an? )?(?:phase[- ]?(?:2|3|two|three)|v2|later)(?: item| work| feature)?"
            + "|(?:is|are) (?:tracked|planned|scheduled|expected) (?:as|in|for) (?:[A-Z]+-\\d+|phase|Q\\d|the next|next|a later|later)"
            + "|(?:is|are) expected (?:next|later) (?:year|quarter|release|phase)|(?:moving|migrating|migration) (?:\\w+ ){0,4}is "
            + "(?:on the backlog|planned|tracked))\\b");

    private static final Pattern ACTORS_HEADING =
            Pattern.compile("(?i)\\b(?:actors?|personas?|roles?|user types|external entities)\\b|^\\W*users?\\W*$");

    private static final Pattern ZONES_HEADING =
            Pattern.compile("(?i)\\b(?:trust (?:zones?|boundar(?:y|ies))|zones?|boundar(?:y|ies)|network segments?)\\b");

    private Asides() {}

    /** A heading whose section is about later or excluded things. */
    static boolean later(String heading) {
        return LATER_HEADING.matcher(heading).find();
    }

    /** A heading whose section lists what this design or review does not cover ("Out of scope", "Not covered"). */
    static boolean outOfScope(String heading) {
        return OUT_OF_SCOPE_HEADING.matcher(heading).find();
    }

    /** A heading whose definition lines define things that are not parts (data sets, zones, roles …). */
    static boolean notParts(String heading) {
        return NOT_PARTS_HEADING.matcher(heading).find() || later(heading);
    }

    /** A heading over trust zones or boundaries, whose labelled items say which parts sit where. */
    static boolean zones(String heading) {
        return ZONES_HEADING.matcher(heading).find();
    }

    /** A heading over the people and systems outside that use the system: their labelled items name actors. */
    static boolean actors(String heading) {
        return ACTORS_HEADING.matcher(heading).find();
    }

    /** A sentence about later or excluded work ("A Redis cache will be added in Q3"). */
    static boolean later(Sentence s) {
        return LATER_SENTENCE.matcher(s.analysed()).find();
    }

    /**
     * A table row that mentions later work only after its first cell: the part the row names is there today (its
     * flows hold), only what the row says is planned is not.
     */
    static boolean laterInPassing(Sentence s) {
        String t = s.analysed().strip();
        if (!t.startsWith("|") || !later(s)) {
            return false;
        }
        int second = t.indexOf('|', 1);
        return second > 0 && !LATER_SENTENCE.matcher(t.substring(0, second)).find();
    }
}
