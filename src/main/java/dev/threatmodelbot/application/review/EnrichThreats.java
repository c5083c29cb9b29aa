package dev.threatmodelbot.application.review;

import dev.threatmodelbot.application.port.LanguageModel;
import dev.threatmodelbot.domain.Secrets;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * LLM mode's second look at a draft: the model proposes threats the rules missed and attack chains
 * across parts, and a proposal is kept only when it stands on the context model. It must cite a live
 * fact, a named part or a flow the model holds (unknown ids are struck from its evidence), be about
 * parts and flows some source named and nothing else, and say what no rule threat or earlier
 * proposal already says. Everything sent is redacted; a model that fails costs the draft nothing.
 */
final class EnrichThreats {
    /** At most this many proposals join a draft, so one reply cannot bury the rules' threats. */
    static final int MAX_KEPT = 20;

    /** Highest severity first, then the surer threat, then by id: the drafter's order. */
    static final Comparator<Threat> ORDER = Comparator.comparing(Threat::severity).reversed()
            .thenComparing(Comparator.comparing(Threat::confidence).reversed())
            .thenComparing(Threat::id);

    /** Why a proposal was not kept. */
    enum Drop {
        /** No title, description, mitigation, STRIDE category or subject. */
        INCOMPLETE,
        /** About a part or flow the context model does not hold. */
        UNKNOWN_SUBJECT,
        /** Cites nothing. */
        UNCITED,
        /** Cites only ids the context model does not hold (or facts no longer believed). */
        MISCITED,
        /** Says what a rule threat or an earlier proposal says. */
        DUPLICATE,
        /** Came after {@link #MAX_KEPT} were kept. */
        OVER_LIMIT
    }

    /**
     * The proposals kept, as threats; how many were proposed and why the others were dropped; the
     * tokens the call used; and, when the model failed, why (nothing is kept then).
     */
    record Result(List<Threat> threats, int proposed, Map<Drop, Integer> dropped, long tokensIn, long tokensOut,
            Optional<String> failure) {
        Result {
            threats = List.copyOf(threats);
            dropped = Collections.unmodifiableMap(dropped.isEmpty() ? new EnumMap<>(Drop.class)
                    : new EnumMap<>(dropped));
        }

        static Result unavailable(String reason) {
            return new Result(List.of(), 0, Map.of(), 0, 0, Optional.of(reason));
        }

        boolean failed() {
            return failure.isPresent();
        }

        /** One line for the log: what was kept and dropped and why, or why the model failed. */
        String summary() {
            if (failure.isPresent()) {
                return "the model proposed no threats: " + failure.get();
            }
            String why = dropped.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .collect(Collectors.joining(", "));
            return "kept " + threats.size() + " of " + proposed + " proposed threats"
                    + (why.isEmpty() ? "" : "; dropped " + why) + "; tokens " + tokensIn + " in, " + tokensOut + " out";
        }
    }

    private EnrichThreats() {}

    /** Asks {@code llm} for threats beyond {@code ruleThreats} about {@code system}, keeping those that stand. */
    static Result enrich(String system, ContextModel model, List<Threat> ruleThreats, LanguageModel llm) {
        ThreatBriefs.Built built = ThreatBriefs.of(system, model, ruleThreats);
        LanguageModel.Proposals proposals;
        try {
            proposals = llm.threats(built.brief());
        } catch (LanguageModel.Unavailable e) {
            return Result.unavailable(Secrets.redact(String.valueOf(e.getMessage())));
        }
        List<Threat> kept = new ArrayList<>();
        Map<Drop, Integer> dropped = new EnumMap<>(Drop.class);
        for (LanguageModel.Proposed p : proposals.threats()) {
            Optional<Threat> threat = check(p, built.ids(), dropped);
            if (threat.isEmpty()) {
                continue;
            }
            if (duplicate(threat.get(), ruleThreats) || duplicate(threat.get(), kept)) {
                dropped.merge(Drop.DUPLICATE, 1, Integer::sum);
            } else if (kept.size() >= MAX_KEPT) {
                dropped.merge(Drop.OVER_LIMIT, 1, Integer::sum);
            } else {
                kept.add(threat.get());
            }
        }
        kept.sort(ORDER);
        return new Result(kept, proposals.threats().size(), dropped, proposals.tokensIn(), proposals.tokensOut(),
                Optional.empty());
    }

    /** The rule threats and the kept proposals as one draft, in the drafter's order; an id appears once. */
    static List<Threat> merged(List<Threat> ruleThreats, List<Threat> kept) {
        Map<String, Threat> byId = new LinkedHashMap<>();
        ruleThreats.forEach(t -> byId.putIfAbsent(t.id(), t));
        kept.forEach(t -> byId.putIfAbsent(t.id(), t));
        List<Threat> all = new ArrayList<>(byId.values());
        all.sort(ORDER);
        return all;
    }

    /** The threat {@code p} proposes when its subjects and evidence hold up; else why not, counted. */
    private static Optional<Threat> check(LanguageModel.Proposed p, CitableIds ids, Map<Drop, Integer> dropped) {
        if (!ProposedThreats.complete(p)) {
            dropped.merge(Drop.INCOMPLETE, 1, Integer::sum);
            return Optional.empty();
        }
        LinkedHashSet<String> subjects = new LinkedHashSet<>();
        for (String s : p.subjects()) {
            if (s.isBlank()) {
                continue;
            }
            Optional<String> known = ids.subject(s);
            if (known.isEmpty()) {
                dropped.merge(Drop.UNKNOWN_SUBJECT, 1, Integer::sum);
                return Optional.empty();
            }
            subjects.add(known.get());
        }
        List<CitableIds.Cited> evidence = p.evidence().stream().map(ids::evidence).flatMap(Optional::stream)
                .filter(c -> ids.touches(c, subjects)) // evidence about other parts proves nothing here
                .distinct().toList();
        if (evidence.isEmpty()) {
            boolean cited = p.evidence().stream().anyMatch(e -> !e.isBlank());
            dropped.merge(cited ? Drop.MISCITED : Drop.UNCITED, 1, Integer::sum);
            return Optional.empty();
        }
        return Optional.of(ProposedThreats.threat(p, List.copyOf(subjects), evidence));
    }

    /** The same parts and a STRIDE category in common, or a title that says the same. */
    private static boolean duplicate(Threat t, List<Threat> others) {
        Set<String> parts = Set.copyOf(t.subjects());
        return others.stream().anyMatch(o -> ProposedThreats.sameTitle(o.title(), t.title())
                || (Set.copyOf(o.subjects()).equals(parts) && o.stride().stream().anyMatch(t.stride()::contains)));
    }
}
