package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.List;
import java.util.Optional;

/**
 * A part of the system as the exports list it: a component, or a flow end that no component
 * describes (named only by its id, nothing assumed about it). {@code zone} is the trust boundary the
 * diagram puts it in.
 */
record ExportPart(String id, String name, Optional<Component> component, Zone zone) {

    Optional<ComponentKind> kind() {
        return component.map(Component::kind);
    }

    boolean isKind(ComponentKind k) {
        return kind().filter(k::equals).isPresent();
    }

    /** "API", "data store", "LLM"; "not described" for a bare flow end. */
    String kindWords() {
        return kind().map(k -> Shape.of(k).stereotype()).orElse(Shape.UNDESCRIBED.stereotype());
    }

    /** The catalogue entry it matched, or empty. */
    String technology() {
        return component.map(Component::technology).orElse("").strip();
    }

    /** The kind as a tag ("api", "data-store"), plus "ml" for machine-learning parts. */
    List<String> tags() {
        String kind = ExportText.slug(kindWords(), "part");
        return kind().filter(ComponentKind::isMachineLearning).isPresent() && !kind.equals("ml")
                ? List.of(kind, "ml") : List.of(kind);
    }

    boolean isExternal() {
        return isKind(ComponentKind.EXTERNAL_ENTITY) || isKind(ComponentKind.EXTERNAL_SERVICE);
    }
}
