package dev.threatmodelbot.domain.context;

import java.util.List;

/**
 * A part of the system named by at least one source. {@code id} is a stable slug of the name;
 * {@code technology} the catalogue entry it matched (empty string when named only by role).
 */
public record Component(String id, String name, ComponentKind kind, String technology, List<Source> mentions) {

    public Component {
        mentions = List.copyOf(mentions);
    }
}
