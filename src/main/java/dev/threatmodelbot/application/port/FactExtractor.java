package dev.threatmodelbot.application.port;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Source;

/** Reads components, data flows and security facts out of text (a doc section or an answer). */
public interface FactExtractor {

    /**
     * What {@code text} says. Every component, flow and fact returned cites {@code source}, with
     * {@code quote} narrowed to the sentence that says it; {@code known} lets a later answer refer to
     * components by the names already in use.
     */
    ContextModel extract(String text, Source source, ContextModel known);

    /**
     * What a whole document establishes before its sections are read one by one, citing
     * {@code source}: the application it describes as a part of its own, when it describes one that
     * no section names as such. Nothing by default.
     */
    default ContextModel frame(String document, Source source) {
        return ContextModel.EMPTY;
    }
}
