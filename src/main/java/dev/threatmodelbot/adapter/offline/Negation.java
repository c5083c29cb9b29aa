package dev.threatmodelbot.adapter.offline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a match is denied by its clause: a negator among the three words before it ("not
 * encrypted", "without TLS", "we don't use TLS", "preventing public access"), or a denial right
 * after it ("authentication is not required", "public access fully blocked", "encrypted: false").
 * The clause ends at punctuation and at "but"/"however", so "no X, but Y" leaves Y alone.
 */
final class Negation {
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "without", "none", "nor", "neither",
            "cannot", "lacks", "lack", "lacking", "non", "nothing", "disable", "disables", "disabled", "disabling",
            "block", "blocks", "blocked", "blocking", "prevent", "prevents", "prevented", "preventing", "deny",
            "denies", "denied", "disallow", "disallows", "disallowed", "instead");
    private static final Set<String> TURNS = Set.of("but", "however", "although", "though", "whereas", "except");
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:,()\\[\\]{}!?—]");
    private static final Pattern DENIED_AFTER = Pattern.compile("(?i)^[\\s\"'`]*(?:[:=]\\s*[\"']?(?:false|no|none|off"
            + "|disabled)\\b|(?:\\s*\\b(?:is|are|was|were|be|been|will|has|have|had|does|do|did|can|should|must|gets?"
            + "|remains?)\\b)*\\s*(?:\\w+ly\\s+)?(?:not|never|disabled|blocked|denied|prevented|turned off|switched off"
            + "|missing|absent|unsupported|\\w+n[’']t)\\b)");

    private Negation() {}

    static boolean denies(String text, int start, int end) {
        return deniedBefore(text.substring(0, start)) || DENIED_AFTER.matcher(clauseAfter(text.substring(end))).find();
    }

    private static boolean deniedBefore(String before) {
        String clause = before;
        Matcher m = CLAUSE_END.matcher(before);
        while (m.find()) {
            clause = before.substring(m.end());
        }
        List<Words.Word> words = Words.of(clause);
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - 3); i--) {
            String w = words.get(i).text().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (TURNS.contains(w)) {
                return false;
            }
            if (NEGATORS.contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private static String clauseAfter(String after) {
        Matcher m = Pattern.compile("[.;,()\\[\\]{}!?—]").matcher(after);
        return m.find() ? after.substring(0, m.start()) : after;
    }
}
