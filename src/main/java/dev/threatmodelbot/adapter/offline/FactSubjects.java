package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Property;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a stated property is about. Properties of a link (transport, authentication, data carried)
 * belong to the flows the sentence states, if any. Otherwise to the component named nearest the
 * words (before them if any, else after), not counting a component the words themselves name
 * ("encrypted with KMS" is not about KMS). A sentence that names no other component speaks of
 * the component named last in the previous sentence (unless it opens with people: "Users may share
 * …" is no earlier part's act), or else of the whole system. A
 * data-store-only hit ("is encrypted") needs a data store and is dropped without one.
 */
final class FactSubjects {
    private static final Set<Property> OF_FLOWS =
            Set.of(Property.TRANSPORT, Property.AUTHENTICATION, Property.DATA_CLASSIFICATION);

    private static final java.util.regex.Pattern PEOPLE_FIRST = java.util.regex.Pattern.compile("(?i)^\\W*(?:the |our |"
            + "all |any |some )?(?:end[- ])?(?:users?|customers?|employees?|staff|admins?|administrators?|operators?"
            + "|developers?|engineers?|members?|subscribers?|visitors?|anyone|people|attackers?)\\b");

    private FactSubjects() {}

    static List<String> of(SecurityPatterns.Hit hit, String text, List<Flows.Found> flows, List<Mention> mentions,
            List<Mention> previous) {
        if (OF_FLOWS.contains(hit.property()) && !flows.isEmpty()) {
            return flows.stream().map(f -> DataFlow.idOf(f.source().id(), f.target().id())).distinct().toList();
        }
        Set<String> saying = mentions.stream().filter(m -> m.overlaps(hit.start(), hit.end())).map(m -> m.ref().id())
                .collect(Collectors.toSet());
        List<Mention> others = mentions.stream().filter(m -> !saying.contains(m.ref().id())).toList();
        List<Mention> here = others.stream().filter(m -> fits(hit, m)).toList();
        Optional<Mention> nearest = here.stream().filter(m -> m.end() <= hit.start()).reduce((a, b) -> b)
                .or(() -> here.stream().filter(m -> m.start() >= hit.end())
                        .min(Comparator.comparingInt(Mention::start)));
        if (nearest.isPresent()) {
            return List.of(nearest.get().ref().id());
        }
        if (!others.isEmpty()) {
            // about this sentence's components, and none of them fits
            return modelOnly(hit.property()) ? List.of(Fact.SYSTEM) : List.of();
        }
        if (PEOPLE_FIRST.matcher(text).find()) {
            return hit.dataStoreOnly() ? List.of() : List.of(Fact.SYSTEM); // "Users may share …" is no earlier part's act
        }
        Optional<Mention> before = previous.stream().filter(m -> fits(hit, m)).reduce((a, b) -> b);
        if (before.isPresent()) {
            return List.of(before.get().ref().id());
        }
        return hit.dataStoreOnly() ? List.of() : List.of(Fact.SYSTEM);
    }

    /** What a model does with its output, where it comes from and its tools: of a model-like part, else the system. */
    private static boolean modelOnly(Property p) {
        return p == Property.OUTPUT_HANDLING || p == Property.MODEL_SOURCE || p == Property.TOOL_ACCESS;
    }

    /**
     * Data-store-only hits need a data store, model-only ones (output handling, model source, tools)
     * a model, pipeline or notebook; where secrets live is no question for a secrets store,
     * nor logging for a log store.
     */
    private static boolean fits(SecurityPatterns.Hit hit, Mention m) {
        ComponentKind kind = m.ref().kind();
        return (!hit.dataStoreOnly() || kind.isDataStore())
                && (!modelOnly(hit.property()) || kind.isMachineLearning() && !kind.isDataStore())
                && !(hit.property() == Property.SECRETS && kind == ComponentKind.SECRETS_STORE)
                && !(hit.property() == Property.LOGGING && kind == ComponentKind.LOGGING);
    }
}
