package dev.threatmodelbot.domain.threat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a draft takes for granted because nobody said: written by the drafter in one form ("Nobody
 * said how callers prove who they are for Orders API.") and read back to list each topic once
 * with every part it concerns, instead of a threat per part resting on silence.
 */
public final class Assumptions {
    private static final String PREFIX = "Nobody said ";
    private static final Pattern NOBODY_SAID = Pattern.compile("^Nobody said (.+?) for (.+?)(?:; .*|\\.)$");

    private Assumptions() {}

    /** "Nobody said {words} for {name}; this threat assumes it is missing." */
    public static String nobodySaid(String words, String name) {
        return PREFIX + words + " for " + name + "; this threat assumes it is missing.";
    }

    /**
     * The assumptions of threats that rest on silence, one line per topic: "how callers prove who
     * they are: Orders API, Admin UI". Other assumption texts are listed as they are, once.
     */
    public static List<String> toConfirm(List<Threat> silent) {
        Map<String, Set<String>> byTopic = new LinkedHashMap<>();
        Set<String> other = new LinkedHashSet<>();
        for (Threat t : silent) {
            for (String a : t.assumptions()) {
                Matcher m = NOBODY_SAID.matcher(a);
                if (m.matches()) {
                    byTopic.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(m.group(2));
                } else {
                    other.add(a);
                }
            }
        }
        List<String> out = new ArrayList<>();
        byTopic.forEach((topic, parts) -> out.add(topic + ": " + String.join(", ", parts)));
        out.addAll(other);
        return out;
    }
}
