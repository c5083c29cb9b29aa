package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.Conflicts;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which trust boundary a component sits in. External kinds, and language models a vendor serves
 * through its API, are External; everything else goes where its live EXPOSURE facts put it
 * (public: Internet; internal or vpn: Private network). Without such a fact, or when the facts
 * disagree, the component stays in the Exposure unknown zone: the diagram does not guess.
 */
record Placement(Zone zone, boolean disputed) {
    private static final Set<ComponentKind> EXTERNAL_KINDS =
            Set.of(ComponentKind.EXTERNAL_ENTITY, ComponentKind.EXTERNAL_SERVICE, ComponentKind.IDENTITY_PROVIDER);
    private static final List<String> HOSTED_MODELS = List.of("openai", "gpt", "anthropic", "claude", "bedrock",
            "gemini", "vertex", "mistral", "cohere", "azure");

    static Placement of(Component component, ContextModel model) {
        if (EXTERNAL_KINDS.contains(component.kind()) || isHostedModel(component)) {
            return new Placement(Zone.EXTERNAL, false);
        }
        List<Fact> live = model.factsAbout(component.id(), Property.EXPOSURE).stream()
                .filter(f -> f.status() != FactStatus.SUPERSEDED).toList();
        List<Zone> zones = live.stream().map(f -> zoneOf(f.value())).flatMap(Optional::stream).distinct().toList();
        boolean disputed = zones.size() > 1 || !Conflicts.in(live).isEmpty()
                || live.stream().anyMatch(f -> f.status() == FactStatus.CONTRADICTED);
        if (disputed || zones.isEmpty()) {
            return new Placement(Zone.UNKNOWN, disputed);
        }
        return new Placement(zones.get(0), false);
    }

    private static Optional<Zone> zoneOf(String exposure) {
        return switch (exposure.strip().toLowerCase(Locale.ROOT)) {
            case "public" -> Optional.of(Zone.INTERNET);
            case "internal", "vpn" -> Optional.of(Zone.PRIVATE);
            default -> Optional.empty();
        };
    }

    private static boolean isHostedModel(Component component) {
        String names = (component.technology() + " " + component.name()).toLowerCase(Locale.ROOT);
        return component.kind() == ComponentKind.LLM && HOSTED_MODELS.stream().anyMatch(names::contains);
    }
}
