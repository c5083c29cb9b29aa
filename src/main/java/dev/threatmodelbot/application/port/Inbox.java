package dev.threatmodelbot.application.port;

import dev.threatmodelbot.application.event.InboundEvent;
/** Durable intake of inbound events; the platform is acknowledged only after {@link #append} returns. */
public interface Inbox {

    /** Records the event unless its key was seen before; true when it was new. */
    boolean append(InboundEvent event);
}
