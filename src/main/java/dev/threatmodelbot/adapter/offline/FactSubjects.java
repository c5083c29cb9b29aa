package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Property;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a stated property is about. Properties of a link (transport, authentication, data carried)
 * belong to the flows the sentence states, if any. Otherwise to the component named nearest the
 * words (before them if any, else after), not counting a component the words themselves name
 * ("encrypted with KMS" is not about KMS). A sentence that names no other component speaks of
 * the component named last in the previous sentence, or else of the whole system; so does one whose
 * subject is a pronoun ("It is not encrypted; we never turned KMS on") when the components it
 * names come only after the words. A
 * data-store-only hit ("is encrypted") needs a data store and is dropped without one.
 */
final class FactSubjects {
    private static final Set<Property> OF_FLOWS =
            Set.of(Property.TRANSPORT, Property.AUTHENTICATION, Property.DATA_CLASSIFICATION);

    private static final Pattern PRONOUN_FIRST = Pattern.compile("(?is)\\s*(?:it|its|they|this|that|these|those)\\b.*");

    private FactSubjects() {}

    static List<String> of(SecurityPatterns.Hit hit, List<Flows.Found> flows, List<Mention> mentions,
            List<Mention> previous, String text) {
        if (OF_FLOWS.contains(hit.property()) && !flows.isEmpty()) {
            return flows.stream().map(f -> DataFlow.idOf(f.source().id(), f.target().id())).distinct().toList();
        }
        Set<String> saying = mentions.stream().filter(m -> m.overlaps(hit.start(), hit.end())).map(m -> m.ref().id())
                .collect(Collectors.toSet());
        List<Mention> others = mentions.stream().filter(m -> !saying.contains(m.ref().id())).toList();
        List<Mention> here = others.stream().filter(m -> fits(hit, m)).toList();
        Optional<Mention> nearest = here.stream().filter(m -> m.end() <= hit.start()).reduce((a, b) -> b);
        Optional<Mention> referred = previous.stream().filter(m -> fits(hit, m)).reduce((a, b) -> b);
        boolean pronounFirst = PRONOUN_FIRST.matcher(text.substring(0, hit.start())).matches();
        if (nearest.isEmpty() && referred.isPresent() && pronounFirst) {
            return List.of(referred.get().ref().id()); // "It is not encrypted; we never turned KMS on": it, not KMS
        }
        nearest = nearest.or(() -> here.stream().filter(m -> m.start() >= hit.end())
                .min(Comparator.comparingInt(Mention::start)));
        if (nearest.isPresent()) {
            return List.of(nearest.get().ref().id());
        }
        if (!others.isEmpty()) {
            return List.of(); // about this sentence's components, and none of them fits
        }
        Optional<Mention> before = previous.stream().filter(m -> fits(hit, m)).reduce((a, b) -> b);
        if (before.isPresent()) {
            return List.of(before.get().ref().id());
        }
        return hit.dataStoreOnly() ? List.of() : List.of(Fact.SYSTEM);
    }

    /**
     * Data-store-only hits need a data store; where secrets live is no question for a secrets store,
     * nor logging for a log store.
     */
    private static boolean fits(SecurityPatterns.Hit hit, Mention m) {
        ComponentKind kind = m.ref().kind();
        return (!hit.dataStoreOnly() || kind.isDataStore())
                && !(hit.property() == Property.SECRETS && kind == ComponentKind.SECRETS_STORE)
                && !(hit.property() == Property.LOGGING && kind == ComponentKind.LOGGING);
    }
}
