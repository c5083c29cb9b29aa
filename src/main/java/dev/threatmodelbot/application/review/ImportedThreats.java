package dev.threatmodelbot.application.review;

import dev.threatmodelbot.domain.Mentions;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SharedDoc;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
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
 * with a STRIDE category in common; one nothing drafted matches is carried over as it was, while its
 * parts are still in the model (one the imported model marked not useful or rejected is set aside);
 * one whose parts are all gone no longer applies. The draft's root says which is which.
 */
final class ImportedThreats {
    /** The rule of a threat carried over as the imported model states it. */
    static final String RULE = Threat.IMPORTED;

    /** The drafted threats with those carried over as they were; what each drafted one carries over. */
    record Carried(List<Threat> threats, Map<String, String> carries, List<String> gone, List<String> setAside,
            List<SharedDoc> models) {

        /** How the draft compares with the imported models, for its root; empty when nothing was imported. */
        Optional<String> note(Draft d) {
            if (models.isEmpty()) {
                return Optional.empty();
            }
            List<String> carried = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            List<String> fresh = new ArrayList<>();
            for (DraftedThreat t : d.threats()) {
                String id = t.threat().id();
                (t.threat().rule().equals(RULE) ? kept : carries.containsKey(id) ? carried : fresh).add("#" + t.number());
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
            out.append(" · ").append(fresh.size()).append(" new");
            if (!fresh.isEmpty()) {
                out.append(" (").append(String.join(", ", fresh)).append(')');
            }
            out.append(" · ").append(gone.size()).append(gone.size() == 1 ? " no longer applies" : " no longer apply");
            if (!gone.isEmpty()) {
                out.append(": ").append(String.join("; ", gone.stream().limit(5)
                        .map(g -> "_" + Mentions.inert(g) + "_").toList())).append(gone.size() > 5 ? "; …" : "");
            }
            if (!setAside.isEmpty()) {
                out.append(" · ").append(setAside.size()).append(" set aside (marked not useful there)");
            }
            return Optional.of(out.append('.').toString());
        }
    }

    private ImportedThreats() {}

    static Carried carry(Session s, List<Threat> drafted) {
        List<SharedDoc> models = s.documents().stream().filter(SharedDoc::isModel).toList();
        Map<String, String> carries = new LinkedHashMap<>();
        List<String> gone = new ArrayList<>();
        List<String> setAside = new ArrayList<>();
        List<Threat> out = new ArrayList<>(drafted);
        Set<String> taken = new HashSet<>();
        for (SharedDoc doc : models) {
            for (ImportedThreat it : doc.threats()) {
                List<String> subjects = subjects(s.context(), it.about());
                Optional<Threat> match = drafted.stream().filter(t -> !taken.contains(t.id()))
                        .filter(t -> t.subjects().stream().anyMatch(subjects::contains))
                        .filter(t -> it.stride().isEmpty() || t.stride().stream().anyMatch(it.stride()::contains))
                        .findFirst();
                if (match.isPresent()) {
                    taken.add(match.get().id());
                    carries.put(match.get().id(), it.title());
                } else if (subjects.isEmpty()) {
                    gone.add(it.title());
                } else if (it.status().equalsIgnoreCase("not useful") || it.status().equalsIgnoreCase("rejected")
                        || it.status().equalsIgnoreCase("false-positive")) {
                    setAside.add(it.title());
                } else {
                    insert(out, asStated(s.context(), doc, it, subjects));
                }
            }
        }
        return new Carried(out, carries, gone, setAside, models);
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
