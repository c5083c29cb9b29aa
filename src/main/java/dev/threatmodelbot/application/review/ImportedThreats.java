package dev.threatmodelbot.application.review;

import dev.threatmodelbot.application.port.Meaning;
import dev.threatmodelbot.domain.Mentions;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SharedDoc;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.threat.AttackClass;
import dev.threatmodelbot.domain.threat.Confidence;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Evidence;
import dev.threatmodelbot.domain.threat.ImportedThreat;
import dev.threatmodelbot.domain.threat.Severity;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The threats of imported threat models, against what the engine drafts from the design and the
 * answers. An imported threat is carried over by a drafted one about one of the same parts or flows
 * that the same rule drafted (a file this project wrote), or else sharing a STRIDE category and
 * closest in meaning, when close enough; one nothing drafted matches is carried over as it was, while its
 * parts are still in the model (one the imported model marked not useful or rejected is set aside);
 * one whose parts are all gone no longer applies. The draft's root says which is which.
 */
final class ImportedThreats {
    /** The rule of a threat carried over as the imported model states it. */
    static final String RULE = Threat.IMPORTED;

    /** The drafted threats with those carried over as they were; what each drafted one carries over. */
    record Carried(List<Threat> threats, Map<String, String> carries, Map<String, Severity> wasRated,
            Map<String, String> againDespite, List<String> gone, List<String> setAside, List<SharedDoc> models) {

        /** How the draft compares with the imported models, for its root; empty when nothing was imported. */
        Optional<String> note(Draft d) {
            if (models.isEmpty()) {
                return Optional.empty();
            }
            List<String> carried = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            List<String> fresh = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            List<String> again = new ArrayList<>();
            for (DraftedThreat t : d.threats()) {
                String id = t.threat().id();
                (t.threat().rule().equals(RULE) ? kept : carries.containsKey(id) ? carried
                        : againDespite.containsKey(id) ? again : fresh).add("#" + t.number());
                Severity was = wasRated.get(id);
                if (was != null && was != t.threat().severity()) {
                    changed.add("#" + t.number() + " " + words(t.threat().severity()) + ", was " + words(was));
                }
            }
            String names = String.join(", ", models.stream().map(m -> "_" + Mentions.inert(m.name()) + "_").toList());
            StringBuilder out = new StringBuilder("*Against the imported model* ").append(names).append(": ")
                    .append(carried.size() + kept.size()).append(" carried over");
            if (!carried.isEmpty() || !kept.isEmpty()) {
                out.append(" (").append(String.join(", ", carried));
                if (!kept.isEmpty()) {
                    out.append(carried.isEmpty() ? "" : "; ").append(String.join(", ", kept)).append(" as it stated them");
                }
                out.append(')');
            }
            if (!changed.isEmpty()) {
                out.append(" · ").append(changed.size()).append(" rated differently (").append(String.join("; ", changed))
                        .append(')');
            }
            out.append(" · ").append(fresh.size()).append(" new");
            if (!fresh.isEmpty()) {
                out.append(" (").append(String.join(", ", fresh)).append(')');
            }
            out.append(" · ").append(gone.size()).append(gone.size() == 1 ? " no longer applies" : " no longer apply");
            if (!gone.isEmpty()) {
                out.append(": ").append(String.join("; ", gone.stream().limit(5)
                        .map(g -> "_" + Mentions.inert(g) + "_").toList())).append(gone.size() > 5 ? "; …" : "");
            }
            if (!again.isEmpty()) {
                out.append(" · ").append(String.join(", ", again)).append(again.size() == 1 ? " was" : " were")
                        .append(" marked not useful or rejected there and drafted again");
            }
            if (!setAside.isEmpty()) {
                out.append(" · ").append(setAside.size()).append(" marked not useful or rejected there left out: ")
                        .append(String.join("; ", setAside.stream().limit(5).map(g -> "_" + Mentions.inert(g) + "_")
                                .toList())).append(setAside.size() > 5 ? "; …" : "");
            }
            return Optional.of(out.append('.').toString());
        }
    }

    private ImportedThreats() {}

    static Carried carry(Session s, List<Threat> drafted, Meaning meaning) {
        List<SharedDoc> models = s.documents().stream().filter(SharedDoc::importsModel).toList();
        Map<String, String> carries = new LinkedHashMap<>();
        Map<String, Severity> wasRated = new LinkedHashMap<>();
        Map<String, String> againDespite = new LinkedHashMap<>();
        List<String> gone = new ArrayList<>();
        List<String> setAside = new ArrayList<>();
        List<Threat> out = new ArrayList<>(drafted);
        Set<String> taken = new HashSet<>();
        for (SharedDoc doc : models) {
            for (ImportedThreat it : doc.threats()) {
                List<String> subjects = subjects(s.context(), it.about());
                Optional<Threat> match = match(s.context(), drafted, taken, it, subjects, meaning);
                if (match.isPresent() && setAside(it)) {
                    taken.add(match.get().id());
                    againDespite.put(match.get().id(), it.title());
                } else if (match.isPresent()) {
                    taken.add(match.get().id());
                    carries.put(match.get().id(), it.title());
                    it.severity().ifPresent(was -> wasRated.put(match.get().id(), was));
                } else if (subjects.isEmpty()) {
                    gone.add(it.title());
                } else if (setAside(it)) {
                    setAside.add(it.title());
                } else {
                    insert(out, asStated(s.context(), doc, it, subjects));
                }
            }
        }
        return new Carried(out, carries, wasRated, againDespite, gone, setAside, models);
    }

    private static String words(Severity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    /** Marked not useful, rejected or a false positive in the imported model. */
    private static boolean setAside(ImportedThreat it) {
        String status = it.status().toLowerCase(Locale.ROOT);
        return status.equals("not useful") || status.equals("rejected") || status.equals("false-positive");
    }

    /**
     * The drafted threat that says what the imported one says: about one of its parts or flows, and either
     * drafted by the rule that drafted it (a file this project wrote) or of the same STRIDE categories and
     * closest in meaning among those. Nothing when no drafted threat is close enough.
     */
    private static Optional<Threat> match(ContextModel m, List<Threat> drafted, Set<String> taken, ImportedThreat it,
            List<String> subjects, Meaning meaning) {
        List<Threat> about = drafted.stream().filter(t -> !taken.contains(t.id()))
                .filter(t -> t.subjects().stream().anyMatch(subjects::contains)).toList();
        if (!it.rule().isEmpty()) {
            Optional<Threat> same = about.stream().filter(t -> t.rule().equals(it.rule())).findFirst();
            if (same.isPresent()) {
                return same;
            }
        }
        List<Threat> alike = about.stream().filter(t -> it.stride().isEmpty()
                || t.stride().stream().anyMatch(it.stride()::contains)).toList();
        Optional<AttackClass> attack = attack(it.title() + ". " + it.description());
        Optional<Threat> sameAttack = attack.flatMap(a -> alike.stream().filter(t -> t.attack().equals(a.code()))
                .findFirst());
        if (sameAttack.isPresent()) {
            return sameAttack;
        }
        if (alike.isEmpty()) {
            return Optional.empty();
        }
        return meaning.closest(unnamed(m, it.title()), alike.stream().map(t -> unnamed(m, t.title())).toList())
                .map(alike::get);
    }

    /** Words that name a kind of attack, in the order they are tried. */
    private static final List<Map.Entry<java.util.regex.Pattern, AttackClass>> CUES = List.of(
            cue("prompt injection|jailbreak|ignore (its|the) instructions", AttackClass.PROMPT_INJECTION),
            cue("server-side request forgery|\\bssrf\\b", AttackClass.SSRF),
            cue("cross-site scripting|\\bxss\\b", AttackClass.XSS),
            cue("sql injection|command injection|\\binjection\\b", AttackClass.INJECTION),
            cue("system prompt|hidden context|leaks? (the )?prompt", AttackClass.LLM_DISCLOSURE),
            cue("poison", AttackClass.DATA_POISONING),
            cue("without proving who|unauthenticated|impersonat|spoof|pose as|no authentication", AttackClass.SPOOFING),
            cue("network path|in transit|on the way|eavesdrop|sniff|intercept|man-in-the-middle|plaintext|unencrypted "
                    + "(traffic|connection)", AttackClass.EAVESDROPPING),
            cue("denial of service|\\bdos\\b|flood|exhaust|unavailable", AttackClass.DENIAL_OF_SERVICE),
            cue("supply chain|dependenc|malicious (package|image)", AttackClass.SUPPLY_CHAIN),
            cue("repudiat|deny (having|they)|audit", AttackClass.REPUDIATION),
            cue("privilege|escalat|over-broad|more rights", AttackClass.PRIVILEGE_ESCALATION),
            cue("secret|credential|api key|token (theft|leak)", AttackClass.CREDENTIAL_EXPOSURE));

    private static Map.Entry<java.util.regex.Pattern, AttackClass> cue(String regex, AttackClass c) {
        return Map.entry(java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.CASE_INSENSITIVE), c);
    }

    /** The kind of attack an imported threat's words name, when they name one. */
    static Optional<AttackClass> attack(String words) {
        return CUES.stream().filter(c -> c.getKey().matcher(words).find()).map(Map.Entry::getValue).findFirst();
    }

    /** The title without the names of the parts: what is done, not to what (the parts are matched already). */
    private static String unnamed(ContextModel m, String title) {
        String out = title;
        for (Component c : m.components()) {
            for (String name : java.util.stream.Stream.concat(java.util.stream.Stream.of(c.name()), c.aliases().stream())
                    .toList()) {
                out = out.replaceAll("(?i)\\b" + java.util.regex.Pattern.quote(name) + "\\b", "it");
            }
        }
        return out;
    }

    /** Part ids for part names, flow ids for "A → B"; names the model no longer knows are left out. */
    private static List<String> subjects(ContextModel m, List<String> about) {
        List<String> ids = new ArrayList<>();
        for (String name : about) {
            String[] ends = name.split(" → ", 2);
            if (ends.length == 2) {
                Optional<String> from = part(m, ends[0]);
                Optional<String> to = part(m, ends[1]);
                if (from.isPresent() && to.isPresent() && m.flow(DataFlow.idOf(from.get(), to.get())).isPresent()) {
                    ids.add(DataFlow.idOf(from.get(), to.get()));
                }
            } else {
                part(m, name).filter(id -> !ids.contains(id)).ifPresent(ids::add);
            }
        }
        // a model that names a threat's parts only (threat-composer's assets) means the flows between them too
        m.flows().stream().filter(f -> ids.contains(f.source()) && ids.contains(f.target()) && !ids.contains(f.id()))
                .toList().forEach(f -> ids.add(f.id()));
        return ids;
    }

    private static Optional<String> part(ContextModel m, String name) {
        return m.components().stream().filter(c -> c.isNamed(name)).map(Component::id).findFirst();
    }

    private static Threat asStated(ContextModel m, SharedDoc doc, ImportedThreat it, List<String> subjects) {
        Severity severity = it.severity().orElse(Severity.MEDIUM);
        int likelihood = switch (severity) {
            case CRITICAL -> 3;
            case HIGH, MEDIUM -> 2;
            case LOW -> 1;
        };
        int impact = severity == Severity.HIGH || severity == Severity.CRITICAL ? 3 : 2;
        String status = it.status().isEmpty() ? "" : " (" + it.status().toLowerCase(Locale.ROOT) + " there)";
        String description = (it.description().isEmpty() ? "" : it.description().strip() + " ")
                + "Carried over from the imported model " + doc.name() + status + ": nothing drafted from the design "
                + "and the answers says the same, so confirm it still applies.";
        List<String> evidence = subjects.stream().map(id -> m.flow(id).isPresent() ? Evidence.flow(id) : Evidence.named(id))
                .toList();
        return new Threat(RULE + ":" + doc.name() + ":" + it.ref(), RULE, it.title(), description,
                it.stride().isEmpty() ? Set.of(Stride.TAMPERING) : it.stride(), subjects, likelihood, impact,
                it.mitigation(), evidence, List.of(), Confidence.MEDIUM, List.of(), List.of());
    }

    /** Before the first threat of lower severity, so the draft stays in review order. */
    private static void insert(List<Threat> threats, Threat t) {
        int at = 0;
        while (at < threats.size() && threats.get(at).severity().compareTo(t.severity()) >= 0) {
            at++;
        }
        threats.add(at, t);
    }
}
