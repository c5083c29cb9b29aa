package dev.threatmodelbot.bootstrap;

import com.fasterxml.jackson.core.JsonStreamContext;
import net.logstash.logback.mask.ValueMasker;

/** Every text value of a JSON log line (message, stack trace, fields) with credentials and secrets masked. */
public final class RedactedJsonValues implements ValueMasker {
    @Override
    public Object mask(JsonStreamContext context, Object value) {
        if (value instanceof CharSequence text) {
            String redacted = LogRedaction.redact(text.toString());
            return redacted.equals(text.toString()) ? null : redacted; // null: leave the value as it is
        }
        return null;
    }
}
