package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts a prose doc names by their role alone and shows acting: "A worker pulls the job", "the
 * orchestrator verifies the signature", "A nightly indexer job reads every branch", "the BFF calls the
 * Ledger service", "The router, a small Lambda function, forwards …". A role noun that does things (an agent noun, or an acronym no product claims)
 * right after an article and before a verb of its own is a part, named by that noun.
 *
 * <p>Not parts: a role noun with no verb of its own ("runs on a worker"), one that only describes a
 * part named in full elsewhere ("the orchestrator" beside "Forge orchestrator"; {@link Lexicon} keeps
 * the full name), and words that are no actors ("the app", "the service", "the system").
 */
final class BareRoles {
    static final Set<String> AGENTS = Set.of("orchestrator", "worker", "indexer", "scheduler", "crawler",
            "connector", "scorer", "projector", "dispatcher", "poller", "aggregator", "router", "consumer",
            "producer", "processor", "daemon", "ingester", "ingestor", "exporter", "importer", "sweeper",
            "reconciler", "notifier", "uploader", "downloader", "relay", "collector");
    private static final Set<String> NOT_VERBS = Set.of("is", "was", "has", "does", "its", "this", "those", "these",
            "as", "us", "process", "access", "status", "class", "address", "alias", "canvas", "bus", "less");
    private static final Pattern ACTING = Pattern.compile("\\b(?:[Tt]he|[Aa]n?|[Ee]ach|[Oo]ur)\\s+"
            + "(?:[a-z][a-z-]{2,}\\s+)?([a-z]{4,}|[A-Z]{2,5})(?:\\s+(?:job|service|process|pod|task))?"
            + "(?:\\s*\\([^)]*\\)|,\\s+(?:an?|the|our)\\s+[^,;.]{1,60},)?,?\\s+(?:then\\s+|also\\s+|only\\s+|never\\s+|first\\s+)?([a-z]{2,}s)\\b");
    private static final Set<String> NOT_PARTS = Set.of("PR", "PRS", "CI", "CD", "CA", "PIN", "PAN", "URL", "ID",
            "OS", "UI", "IP", "DNS", "TLS", "JWT", "SQL", "HTTP", "JSON", "CSV", "PDF", "MFA", "SSO", "OTP",
            "SMS", "MMS", "IPM", "KYC", "SLA", "RFC", "ADR", "FAQ", "TOTP", "PII", "PHI",
            // stages of a project, not things that run: "the MVP adds an instruction", "the POC reads …"
            "MVP", "POC", "PoC", "GA", "PRD", "RFP", "OKR", "KPI", "SRE", "QA", "UAT",
            // people and papers: a principal investigator, a contract
            "PI", "MSA", "NDA", "SOW", "DPA", "DPIA");
    private static final Map<String, ComponentKind> KINDS = Map.of("router", ComponentKind.API_GATEWAY);

    private BareRoles() {}

    /** The parts this sentence names by a bare role noun that acts; {@code products} are the products named in it. */
    static List<ComponentRef> discover(Sentence s, List<Mention> products) {
        List<ComponentRef> found = new ArrayList<>();
        Matcher m = ACTING.matcher(s.analysed());
        while (m.find()) {
            String noun = m.group(1);
            boolean agent = AGENTS.contains(noun) || noun.matches("[A-Z]{2,5}") && !RoleWords.isRoleNoun(noun)
                    && !NOT_PARTS.contains(noun);
            boolean claimed = products.stream().anyMatch(p -> p.overlaps(m.start(1), m.end(1)));
            if (agent && !claimed && !NOT_VERBS.contains(m.group(2)) && !m.group(2).endsWith("ss")) {
                found.add(ref(noun));
            }
        }
        return found;
    }

    /** Whether a part already has a fuller name ending in this noun ("Settlement worker" for "worker"). */
    static boolean namedInFull(ComponentRef bare, List<ComponentRef> named) {
        String noun = bare.name().toLowerCase(Locale.ROOT);
        return named.stream().anyMatch(r -> !r.id().equals(bare.id())
                && r.name().toLowerCase(Locale.ROOT).endsWith(" " + noun));
    }

    /** How the text names the part: the noun in any case, an acronym as written. */
    static Term term(ComponentRef bare) {
        return bare.name().matches("[A-Z]{2,5}") ? Term.exact(bare.name(), bare) : Term.caseInsensitive(bare.name(), bare);
    }

    private static ComponentRef ref(String noun) {
        String name = noun.matches("[A-Z]{2,5}") ? noun : Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        return new ComponentRef(Slugs.of(name), name, RoleWords.ofName(name, KINDS.getOrDefault(noun, ComponentKind.PROCESS)),
                "");
    }
}
