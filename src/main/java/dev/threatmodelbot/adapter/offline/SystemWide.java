package dev.threatmodelbot.adapter.offline;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A sentence that names no part and speaks of everything at once ("All external traffic is TLS 1.2+",
 * "TLS everywhere", "every connection uses mTLS"): what it states holds for the whole system, not for
 * the part the previous sentence happened to name last. So does such a clause of a sentence whose
 * other clause names a part ("TLS on every hop; mTLS to the processor").
 */
final class SystemWide {
    private static final Pattern QUANTIFIED = Pattern.compile("(?i)\\b(?:everywhere|system[- ]wide|across (?:the|all"
            + "|our) (?:system|services|platform)|(?:all|every|each|any) (?:of (?:the |our )?)?(?:(?:external|internal"
            + "|inbound|outbound|network|public|private|service[- ]to[- ]service|east[- ]west|north[- ]south|incoming"
            + "|outgoing|HTTP|API)[, ]+(?:and |or )?)*(?:traffic|connections?|communications?|calls|requests|links"
            + "|endpoints|hostnames|services|APIs|users|accounts|tokens|changes|operators|hops?))\\b");

    private SystemWide() {}

    /** Whether a sentence speaks of everything at once ("all traffic", "every service", "TLS everywhere"). */
    static boolean quantified(String text) {
        return QUANTIFIED.matcher(text).find();
    }

    /** Whether what the sentence states is said of the whole system. */
    static boolean says(Sentence s, List<Mention> mentions) {
        return mentions.isEmpty() && QUANTIFIED.matcher(s.analysed()).find();
    }

    /** Whether the clause (between semicolons) stating what starts at {@code at} names no part and speaks of everything. */
    static boolean saysAt(Sentence s, List<Mention> mentions, int at) {
        String text = s.analysed();
        int start = text.lastIndexOf(';', Math.max(0, at - 1)) + 1;
        int end = text.indexOf(';', at);
        int stop = end < 0 ? text.length() : end;
        return mentions.stream().noneMatch(m -> m.start() < stop && m.end() > start)
                && QUANTIFIED.matcher(text.substring(start, stop)).find();
    }
}
