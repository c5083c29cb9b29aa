package dev.threatmodelbot.bootstrap;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %redactedEx}: a stack trace with credentials and secrets masked in its messages (text format). */
public final class RedactedThrowable extends ThrowableProxyConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return LogRedaction.redact(super.convert(event));
    }
}
