package dev.threatmodelbot.application.port;

import dev.threatmodelbot.domain.context.ContextModel;

/** Draws the data-flow diagram of a context model. */
public interface DiagramRenderer {

    /** A PNG of the components, flows and trust boundaries; never touches the network. */
    byte[] png(String title, ContextModel model);
}
