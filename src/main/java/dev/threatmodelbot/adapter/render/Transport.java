package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.context.Conflicts;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import java.util.List;
import java.util.Locale;

/**
 * What the live TRANSPORT facts of one flow say, as its arrow shows it: {@code values} are the
 * display names ("mTLS", "TLS", "plain"), sorted; {@code plain} when a source says the data
 * travels in the clear; {@code disputed} when a fact is contradicted or two facts conflict.
 */
record Transport(List<String> values, boolean plain, boolean disputed) {

    Transport {
        values = List.copyOf(values);
    }

    static Transport of(String flowId, ContextModel model) {
        List<Fact> live = model.factsAbout(flowId, Property.TRANSPORT).stream()
                .filter(f -> f.status() != FactStatus.SUPERSEDED).toList();
        List<String> values = live.stream().map(f -> display(f.value())).distinct().sorted().toList();
        boolean disputed = !Conflicts.in(live).isEmpty()
                || live.stream().anyMatch(f -> f.status() == FactStatus.CONTRADICTED);
        return new Transport(values, values.contains("plain"), disputed);
    }

    boolean known() {
        return !values.isEmpty();
    }

    boolean risky() {
        return plain || disputed;
    }

    /** The label text, not yet escaped. */
    String label() {
        if (!known()) {
            return "transport ?";
        }
        return (disputed ? "disputed: " : "") + String.join(" / ", values);
    }

    private static String display(String value) {
        String v = value.strip();
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "mtls" -> "mTLS";
            case "tls", "https" -> "TLS";
            case "plain", "http", "none" -> "plain";
            default -> v;
        };
    }
}
