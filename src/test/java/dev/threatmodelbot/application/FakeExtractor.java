package dev.threatmodelbot.application;

import dev.threatmodelbot.application.port.Engine;
import dev.threatmodelbot.application.port.FactExtractor;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.context.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Knows one flow, Gateway → Orders, and two words about it: "mTLS" and "plain". */
public final class FakeExtractor implements FactExtractor {
    static final String FLOW = DataFlow.idOf("gateway", "orders");

    /** The offline engine with this extractor and no readable shared files. */
    public static Engine engine() {
        return Engine.offline(new FakeExtractor(), (name, type, bytes) -> java.util.Optional.empty());
    }

    @Override
    public ContextModel extract(String text, Source source, ContextModel known) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Fact> facts = new ArrayList<>();
        if (lower.contains("mtls")) {
            facts.add(fact(Property.TRANSPORT, "mtls", source));
        } else if (lower.contains("plain")) {
            facts.add(fact(Property.TRANSPORT, "plain", source));
        }
        if (!lower.contains("gateway")) {
            return new ContextModel(List.of(), List.of(), facts);
        }
        return new ContextModel(
                List.of(new Component("gateway", "Gateway", ComponentKind.API_GATEWAY, "", List.of(source)),
                        new Component("orders", "Orders", ComponentKind.API, "", List.of(source))),
                List.of(new DataFlow(FLOW, "gateway", "orders", text, List.of(source))), facts);
    }

    private static Fact fact(Property p, String value, Source source) {
        return new Fact(FLOW + ":" + p + ":" + value + ":" + source.reference(), FLOW, p, value, source,
                FactStatus.STATED);
    }
}
