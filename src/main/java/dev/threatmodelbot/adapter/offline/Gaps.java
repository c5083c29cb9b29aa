package dev.threatmodelbot.adapter.offline;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a text lists what is missing or undecided: a section titled "Known gaps", "Open questions",
 * "Risks" or "Future work", the items after an intro line such as "Open questions:", or one line
 * labelled "Not yet covered: …". A control named there is absent, not in place, so "rate limiting" there
 * says what "no rate limiting" says; an item that says the risk is already handled, or only supposes
 * ("if TLS were misconfigured …"), is no gap.
 */
final class Gaps {
    private static final Pattern GAP_WORDS = Pattern.compile("(?i)\\b(?:known (?:gaps?|issues|limitations)|gaps?"
            + "|open (?:questions?|issues|points|items)|not (?:yet )?(?:covered|decided|implemented|addressed|in place"
            + "|done)|undecided|to[- ]?dos?|tbd|future|roadmap|planned|next steps|backlog|wish ?list|limitations"
            + "|phase[- ]?(?:2|3|two|three|ii)|later (?:phases?|releases?)|next (?:phase|release|version)"
            + "|outstanding (?:work|items|issues)|risks?|missing)\\b");
    private static final Pattern HANDLED_HEADING = Pattern.compile("(?i)\\b(?:mitigat\\w*|controls?|countermeasures?)\\b");
    private static final Pattern HANDLED = Pattern.compile("(?i)\\b(?:mitigat\\w+|addressed|handled|covered) by\\b"
            + "|\\bin place\\b|\\balready\\b");
    /** "If TLS is misconfigured, traffic could be read": a risk that supposes, not a control that is missing. */
    private static final Pattern SUPPOSED = Pattern.compile("(?i)\\b(?:if|unless|could|might|would)\\b");
    /** "Today the tool fetches any https:// URL": what is the case now, in plain words, read as it stands. */
    private static final Pattern PRESENT = Pattern.compile("(?i)^\\W*(?:today|currently|at present|at the moment"
            + "|right now|as of today)\\b");
    private static final int INTRO_WORDS = 8;

    private boolean listing;

    /**
     * What a sentence states, read as a gap where it is one; but a gap that says which control falls short ("does not
     * throttle PIN sign-in attempts") says only that: another control it names in passing (sign-in) keeps its plain
     * reading.
     */
    static List<SecurityPatterns.Hit> only(SecurityPatterns patterns, String text, boolean gap,
            List<SecurityPatterns.Hit> weak) {
        List<SecurityPatterns.Hit> read = patterns.find(text, gap);
        if (!gap || weak.isEmpty()) {
            return read;
        }
        List<SecurityPatterns.Hit> plain = patterns.find(text, false);
        return read.stream().filter(h -> weak.stream().anyMatch(w -> w.property() == h.property())
                || plain.stream().anyMatch(p -> p.property() == h.property() && p.value().equals(h.value()))).toList();
    }

    /** Reads the next sentence of the text; whether what it states is a gap. */
    boolean read(Sentence s) {
        String text = s.analysed().strip();
        if (s.kind() == Sentence.Kind.HEADING) {
            listing = GAP_WORDS.matcher(text).find() && !HANDLED_HEADING.matcher(text).find();
            return false;
        }
        if (text.endsWith(":")) { // an intro line: it opens a list of gaps, or a list of something else
            listing = Words.count(text) <= INTRO_WORDS && GAP_WORDS.matcher(text).find();
            return false;
        }
        int label = Labels.end(s.analysed());
        boolean labelled = label > 0 && GAP_WORDS.matcher(s.analysed().substring(0, label)).find();
        return (listing || labelled) && !HANDLED.matcher(text).find() && !SUPPOSED.matcher(text).find()
                && !PRESENT.matcher(Labels.strip(text)).find();
    }
}
