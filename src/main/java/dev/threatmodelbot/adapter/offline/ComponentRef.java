package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;

/** What a name in the text stands for: a component identity, before mentions are attached. */
record ComponentRef(String id, String name, ComponentKind kind, String technology) {

    boolean namedByRole() {
        return technology.isEmpty();
    }
}
