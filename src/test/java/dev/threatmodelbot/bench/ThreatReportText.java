package dev.threatmodelbot.bench;

/** The fixed prose of bench/results/threat-recall.md: how matching works, why T, what to keep in mind. */
final class ThreatReportText {
    private ThreatReportText() {}

    /** Formatted with T, T − 0.05, T + 0.05 and the default threshold. */
    static final String METHOD = """
            ## Method

            For each `eval/cases/<case>/` with a `design.md` and a `ground_truth.json`, in name order:
            the design doc is cut with `DocSections.split` and read section by section, as the service reads a
            pasted doc, by `OfflineFactExtractor.packaged()` (each section cited as `§n Title`, seeing what the
            earlier sections named, merged with `ContextModel.merge`). The drafter is run once on that model.
            Nothing from the interview and nothing from `ground_truth.json` reaches the drafter.

            A ground-truth threat's text is its `statement` (threat-composer shape) or `title + ". " +
            description`; a drafted threat's is `title + ". " + description`. Both are embedded with
            all-MiniLM-L6-v2 (`MiniLmEmbeddings`, in process). A drafted threat **matches** a ground-truth threat
            when (a) their STRIDE sets intersect, or the ground truth gives no STRIDE (two in
            vehicle-registration), and (b) the cosine similarity of the two embeddings is at least T = %.2f.
            Matching is many-to-many: one drafted threat may match several ground-truth threats and the other
            way round. Recall counts ground-truth threats with at least one match, precision drafted threats
            with at least one match; the sensitivity table repeats both at %.2f and %.2f.

            **Why the default T = %.2f.** The distribution has no gap: a STRIDE-compatible pair describing the
            same threat and one describing another threat on the same part both land between 0.45 and 0.70, so
            T only trades one error for the other. It was set by reading pairs (drafter at commit `0a9bcda`):
            - all 73 STRIDE-compatible pairs scoring 0.50–0.60: of the 28 between 0.55 and 0.60, 10 describe the
              same threat, 9 a near one (the same attack on another part, or the same part attacked another
              way) and 9 another threat; of the 45 between 0.50 and 0.55, 2 the same, 18 near, 25 other.
              Counting a near one as half, a pair above 0.55 is right about half the time (52%%), one just
              below it a quarter of the time (24%%);
            - the nearest compatible drafted threat of each ground-truth threat, judged same or not for the 45
              that were clear-cut: T = 0.45, 0.50, 0.55, 0.60 classify 11, 10, 9 and 13 of them wrongly;
            - four fifths of all compatible pairs lie below 0.45, and the ground-truth threats whose nearest
              pair is there are mostly not drafted at all (an XSS through an imported JSON file against
              "Someone who gets access to Browser Storage reads the data in it", 0.42).

            Since that calibration the rules' descriptions were rewritten as threat statements ("A threat actor
            who … can …, which leads to …, resulting in reduced …", the grammar threat-composer uses), which
            raises the similarity of same-threat pairs; the pair counts above describe the earlier wording.
            Rerun with `--explain` to see every drafted threat and the 30 closest pairs per case, and re-judge T
            when the drafter's wording changes.

            ## Caveats

            - MiniLM similarity of whole threat texts is a weak judge. The names of parts weigh heavily: two
              threats about "Amazon S3" score 0.5–0.7 whatever the attack, while the same attack on differently
              named parts scores lower (the hand-written man-in-the-middle on API Gateway → Lambda of
              `ThreatMatchingTest` against "data in transit between the user and the Amazon S3 bucket … read or
              modify that data": 0.34; against the same sentence about API Gateway and Lambda: 0.66). Drafted descriptions use the same threat-statement
              grammar as two of the ground truths, which helps the matcher; the rules name kinds and properties
              only, never a case's parts. Read the
              unmatched list and the borderline pairs, not only the percentages.
            - Granularity differs: the drafter writes one threat per rule and part or flow (see *drafted*
              against *ground truth* above), so precision is low by construction; a drafted threat that matches
              nothing may still be valid, the third party just did not write it. external-secrets-operator's 11
              are one or two broad threats per STRIDE letter; threat-composer-app's 20 are specific client-side
              threats (XSS by import, DOM tampering, userscripts), which general rules for served web pages
              (cross-site scripting, browser storage, client-side checks) now cover in broad terms.
            - STRIDE is taken as given: the curator assigned husky-ai's, two vehicle-registration threats have
              none (matched on meaning alone), and external-secrets-operator `Threat-09-D` is a MITM filed under
              D (see its `curator_note`). A drafted threat with no STRIDE would match only those without.
            - The drafter sees only what the offline extractor reads from the doc (no interview answers, no
              LLM), so recall here is a floor for what an interviewed session would draft.
            - These four cases are the development set the rules were built against; other real cases are
              not here, so expect lower numbers on them.
            - Deterministic: the same code, cases and model give the same tables; only the date changes.
            """;
}
