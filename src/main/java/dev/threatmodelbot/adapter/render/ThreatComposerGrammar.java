package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.threat.AttackClass;
import dev.threatmodelbot.domain.threat.OwaspLlm;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import java.util.Optional;

/**
 * A threat in threat-composer's grammar: short phrases the app assembles into "A/An [source]
 * [prerequisites] can [action], which leads to [impact], resulting in reduced [goal] of [assets]".
 * The phrases come from the threat's attack class and the part it is first about, so every card
 * reads as one sentence; the drafted title and description go beside it (metadata and comments).
 * Each phrase fits threat-composer's 200-character limit after the HTML escaping its import applies;
 * one that would not names "it" instead of the part, never a clipped name.
 */
record ThreatComposerGrammar(String source, String prerequisites, String action, String impact) {
    static final int FIELD_MAX = 200;

    /** The phrases for {@code t}, about {@code part} (a part's name or a flow's "A to B"). */
    static ThreatComposerGrammar of(Threat t, ExportModel m) {
        String subject = t.subjects().stream().filter(s -> m.part(s).isPresent() || m.flow(s).isPresent())
                .findFirst().orElse("");
        Optional<DataFlow> flow = m.flow(subject);
        AttackClass c = attack(t, flow.isPresent());
        boolean path = flow.isPresent() && ON_THE_PATH.contains(c);
        String part = path ? m.name(flow.get().source()) + " to " + m.name(flow.get().target())
                : flow.map(f -> m.name(f.target())).orElseGet(() -> subject.isEmpty() ? "" : m.name(subject));
        boolean store = m.part(flow.map(DataFlow::target).orElse(subject)).flatMap(ExportPart::kind)
                .filter(k -> k.isDataStore()).isPresent();
        String[] p = phrases(c, path, store);
        return new ThreatComposerGrammar(p[0], fit(p[1], part, path), fit(p[2], part, path), fit(p[3], part, path));
    }

    /** Classes that, on a data flow, happen on the network path between its ends; others happen at its target. */
    private static final java.util.Set<AttackClass> ON_THE_PATH = java.util.EnumSet.of(AttackClass.SPOOFING,
            AttackClass.EAVESDROPPING, AttackClass.DATA_DISCLOSURE, AttackClass.DATA_TAMPERING);

    /** The sentence threat-composer shows for these fields (its full template), articles corrected. */
    String statement(List<String> goals, List<String> assets) {
        StringBuilder s = new StringBuilder(article(source)).append(' ').append(source);
        if (!prerequisites.isEmpty()) {
            s.append(' ').append(prerequisites);
        }
        s.append(" can ").append(action).append(", which leads to ").append(impact);
        if (!goals.isEmpty()) {
            s.append(", resulting in reduced ").append(list(goals, " and/or "));
            if (!assets.isEmpty()) {
                s.append(" of ").append(list(assets, " and "));
            }
        }
        return s.toString();
    }

    /** threat-composer's length: the text after its import escapes {@code &}, {@code <} and {@code >}. */
    static int escapedLength(String text) {
        int n = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c == '&' ? 4 : c == '<' || c == '>' ? 3 : 0;
        }
        return n;
    }

    /** The threat's class; for a threat stored before classes, from its OWASP code or its first STRIDE letter. */
    private static AttackClass attack(Threat t, boolean flow) {
        return AttackClass.of(t.attack()).or(() -> t.owaspLlm().stream().map(ThreatComposerGrammar::owasp)
                .flatMap(Optional::stream).findFirst()).orElseGet(() -> {
                    Stride first = ExportText.ordered(t.stride()).stream().findFirst().orElse(Stride.TAMPERING);
                    return switch (first) {
                        case SPOOFING -> AttackClass.SPOOFING;
                        case TAMPERING -> AttackClass.DATA_TAMPERING;
                        case REPUDIATION -> AttackClass.REPUDIATION;
                        case INFORMATION_DISCLOSURE -> flow ? AttackClass.EAVESDROPPING : AttackClass.DATA_DISCLOSURE;
                        case DENIAL_OF_SERVICE -> AttackClass.DENIAL_OF_SERVICE;
                        case ELEVATION_OF_PRIVILEGE -> AttackClass.PRIVILEGE_ESCALATION;
                    };
                });
    }

    /** The class an OWASP Top 10 for LLM Applications 2026 code stands for. */
    private static Optional<AttackClass> owasp(String stored) {
        return OwaspLlm.code2026(stored).map(c -> switch (c.substring(0, Math.min(5, c.length()))) {
            case "LLM01" -> AttackClass.PROMPT_INJECTION;
            case "LLM02", "LLM08" -> AttackClass.LLM_DISCLOSURE;
            case "LLM03" -> AttackClass.EXCESSIVE_AGENCY;
            case "LLM04" -> AttackClass.SUPPLY_CHAIN;
            case "LLM05", "LLM09" -> AttackClass.DATA_POISONING;
            case "LLM06" -> AttackClass.DENIAL_OF_SERVICE;
            case "LLM07" -> AttackClass.MISINFORMATION;
            case "LLM10" -> AttackClass.OUTPUT_HANDLING;
            default -> null;
        });
    }

    /**
     * Source, prerequisites, action and impact; {p} is the part, or for a flow "A to B" ({@code flow}) where
     * the attack is on the path and its target otherwise; {@code store}: the part keeps data.
     */
    private static String[] phrases(AttackClass c, boolean flow, boolean store) {
        return switch (c) {
            case SPOOFING -> flow ? new String[] {"threat actor", "on the network path from {p}",
                "pose as the service at the far end", "data sent to, or answers taken from, an impostor"}
                : new String[] {"external threat actor", "who can reach {p}", "pose as a legitimate user or service", "requests accepted under an identity the actor does not hold"};
            case CREDENTIAL_EXPOSURE -> new String[] {"threat actor", "who obtains a credential or key used by {p}",
                "act with that credential's rights", "access to everything the credential unlocks"};
            case PRIVILEGE_ESCALATION -> new String[] {"user or workload", "with limited access to {p}",
                "gain rights beyond the ones they were given", "access to actions and data outside their role"};
            case INJECTION -> new String[] {"threat actor", "who can send input to {p}",
                "inject commands or queries that get executed", "data being read or changed without authorisation"};
            case XSS -> new String[] {"threat actor", "who can place content that {p} shows to other users",
                "run script in those users' browsers", "the takeover of those users' sessions and data"};
            case SSRF -> new String[] {"threat actor", "who can supply a URL that {p} fetches",
                "make the server send requests to internal addresses",
                "access to internal services and cloud metadata from inside the network"};
            case EAVESDROPPING -> new String[] {"threat actor", flow ? "on the network path from {p}"
                : "on the network path to {p}", "read or alter data in transit", "disclosure or alteration of the data carried"};
            case DATA_DISCLOSURE -> new String[] {"threat actor", flow ? "on the network path from {p}"
                : "with access to {p}",
                "read data they should not see", "disclosure of that data"};
            case DATA_TAMPERING -> flow ? new String[] {"threat actor", "on the network path from {p}",
                "change the data in transit", "decisions and records built on falsified data"}
                : new String[] {"threat actor", "with write access to {p}", "change the data it holds or passes on",
                    "decisions and records built on falsified data"};
            case REPUDIATION -> new String[] {"user or operator", "acting on {p}", "deny an action they took",
                "no trustworthy record of who did what"};
            case DENIAL_OF_SERVICE -> new String[] {"threat actor", "who can reach {p}",
                "exhaust it with requests or costly work", "the service becoming unavailable to legitimate users"};
            case SUPPLY_CHAIN -> new String[] {"threat actor", "who compromises a dependency, image or build step of {p}",
                "ship malicious code into it", "attacker code running with the part's access"};
            case CONFIG_TAMPERING -> new String[] {"threat actor", "with write access to the configuration of {p}",
                "change how it behaves", "weakened security controls or redirected data"};
            case CLIENT_TAMPERING -> new String[] {"user", "in control of the device running {p}",
                "modify the client or the requests it sends", "bypassed checks that run only on the client"};
            case PROMPT_INJECTION -> new String[] {"threat actor", "whose text reaches the prompt of {p}",
                "inject instructions that override the system's own", "the model answering or acting as the actor chooses"};
            case LLM_DISCLOSURE -> new String[] {"user", "who can prompt {p}",
                "coax out hidden instructions, context or other users' data", "disclosure of confidential context"};
            case OUTPUT_HANDLING -> new String[] {"threat actor", "who can influence what {p} generates",
                "get unchecked model output executed or rendered downstream",
                "injection or script execution in the systems that consume it"};
            case EXCESSIVE_AGENCY -> new String[] {"threat actor", "who can steer {p}",
                "make it use its tools or permissions beyond the user's intent", "unintended actions taken with its rights"};
            case DATA_POISONING -> new String[] {"threat actor", store ? "with write access to {p}"
                : "who can add or change data that {p} learns or retrieves from",
                store ? "poison the data it holds" : "poison that data", "a model or answers that behave as the actor wants"};
            case MODEL_TAMPERING -> new String[] {"threat actor", "with write access to the model files of {p}",
                "replace or alter the model", "predictions the actor controls"};
            case MODEL_THEFT -> new String[] {"threat actor", "with access to {p} or its artefacts",
                "copy the model or extract it through queries", "loss of the model and what it was trained on"};
            case MODEL_EVASION -> new String[] {"threat actor", "who can submit inputs to {p}",
                "craft inputs that the model gets wrong", "harmful content or fraud passing the model's checks"};
            case MISINFORMATION -> new String[] {"user", "relying on answers from {p}",
                "act on fabricated or wrong output", "decisions taken on false information"};
        };
    }

    /** The phrase with the part named; "it" (or "this flow") where the name would overflow or is unknown. */
    private static String fit(String phrase, String part, boolean flow) {
        String named = phrase.replace("{p}", part);
        if (!part.isEmpty() && escapedLength(named) <= FIELD_MAX) {
            return named;
        }
        String any = phrase.replace(" from {p}", flow ? " of this flow" : "").replace(" to {p}", "")
                .replace("{p}", flow ? "this flow" : "this part");
        return escapedLength(any) <= FIELD_MAX ? any : "";
    }

    /** "An" before a vowel sound: the sources here start with a, e, i or o when they take it ("A user"). */
    private static String article(String noun) {
        return noun.isEmpty() || "aeio".indexOf(Character.toLowerCase(noun.charAt(0))) < 0 ? "A" : "An";
    }

    private static String list(List<String> items, String last) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }
}
