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
 * The clause ends at punctuation and at "but"/"however", so "no X, but Y" leaves Y alone. A control
 * that is undecided, optional or only planned is not in place either: "we have not decided whether to
 * rate-limit", "no decision yet on scanning uploads", "MFA optional per account", "users can turn on MFA",
 * "throttling is planned" deny it just as "no rate limiting" does.
 */
final class Negation {
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "without", "none", "nor", "neither",
            "cannot", "lacks", "lack", "lacking", "non", "nothing", "disable", "disables", "disabled", "disabling",
            "block", "blocks", "blocked", "blocking", "prevent", "prevents", "prevented", "preventing", "deny",
            "denies", "denied", "disallow", "disallows", "disallowed", "instead");
    private static final Set<String> TURNS = Set.of("but", "however", "although", "though", "whereas", "except");
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:,()\\[\\]{}!?—]");
    private static final Pattern DENIED_AFTER = Pattern.compile("(?i)^(?:[\\s.\\w-]{0,30}`)?[\\s\"'`]*(?:(?:is\\s+)?[:=]?\\s*[\"'`]?(?:false|no(?!\\s+longer)|none|off"
            + "|disabled|tbd|todo|pending)\\b|(?:\\s*\\b(?:is|are)\\b)?\\s*[\"“']\\s*(?:tbd|todo|pending)\\b"
            + "|(?:\\s+(?:and|or|&)\\s+[\\w-]+(?:\\s+[\\w-]+)?)?(?:\\s*\\b(?:is|are|was|were|be|been|will|has|have|had|does|do|did|can|should|must|gets?"
            + "|remains?)\\b)*\\s*(?:\\w+ly\\s+)?(?:not|never|disabled|off|blocked|denied|prevented|turned off|switched off"
            + "|dropped|abandoned|ripped out"
            + "|missing|absent|unsupported|optional|planned|pending|undecided|tbd|todo|to be (?:decided|added|done)"
            + "|(?:still )?under (?:discussion|consideration)|\\w+n[’']t)\\b)");
    /** The clause before a match leaves the control undecided or for later ("not yet decided whether to …"). */
    private static final Pattern UNDECIDED_BEFORE = Pattern.compile("(?i)\\b(?:(?:not|never) (?:yet )?(?:decided|agreed"
            + "|settled|determined|sure)|no (?:decision|plan|agreement)s?(?: yet)?|undecided|optional(?:ly)?|planned"
            + "|plans? to|tbd|todo|to be decided|open question|(?:are|is) considering|opt(?:s|ed)?[- ]in(?: to)?|until"
            + "|(?:we|they|the team|I) (?:considered|discussed|looked at|thought about|evaluated|explored|rejected|dropped)"
            + "|(?:can|may) (?:turn on|switch on|enable|activate|opt in to|choose)"
            + "|(?:can|may) (?:be configured to |optionally )?(?:emit|write|send|produce|keep|export))\\b(?:\\W+\\w+){0,4}"
            + "\\W*$");

    /** The rest of the clause leaves it open ("whether to scan uploads is not decided yet"). */
    private static final Pattern UNDECIDED_AFTER = Pattern.compile("(?i)\\b(?:is|are|remains?) (?:still )?(?:not (?:yet )?"
            + "(?:decided|agreed|settled)|undecided|tbd|an open question)\\b|\\b(?:is|are) (?:only )?planned\\b|\\bplanned for\\b"
            + "|\\bwill (?:follow|come|land|be (?:added|enabled|introduced|rolled out))\\b|\\b(?:after|post)[- ]launch\\b"
            + "|\\b(?:is|are) on the (?:[\\w-]+ ){0,3}(?:backlog|roadmap)\\b|\\b(?:certificate|cert)s? (?:has |had )?expired\\b");

    private Negation() {}

    /**
     * Whether a denied act is denied to someone as someone else ("a pod in namespace payments cannot log in as
     * search", "cannot sign in as another user"): a restriction that holds, not a control that is missing.
     */
    static boolean restricts(String text, int end) {
        return AS_SOMEONE.matcher(text.substring(end)).lookingAt();
    }

    private static final Pattern AS_SOMEONE = Pattern.compile("(?i)\\s+as\\s+(?!(?:an?\\s+)?(?:anonymous|guest|any(?:one|body)?|root"
            + "|admin\\w*)\\b)");

    static boolean denies(String text, int start, int end) {
        String before = text.substring(0, start);
        String after = clauseAfter(text.substring(end));
        return deniedBefore(before) || UNDECIDED_BEFORE.matcher(clause(before)).find()
                || DENIED_AFTER.matcher(after).find() || UNDECIDED_AFTER.matcher(after).find();
    }

    /** The words of {@code before} since its last punctuation. */
    private static String clause(String before) {
        String clause = before;
        Matcher m = CLAUSE_END.matcher(before);
        while (m.find()) {
            clause = before.substring(m.end());
        }
        return clause;
    }

    private static boolean deniedBefore(String before) {
        List<Words.Word> words = Words.of(clause(before));
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
