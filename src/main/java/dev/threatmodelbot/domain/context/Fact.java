package dev.threatmodelbot.domain.context;

/**
 * One security-relevant statement about a component, a flow ({@code subject} = flow id) or the
 * whole system ({@code subject} = "system"), e.g. TRANSPORT of "gateway->orders" is "plain".
 */
public record Fact(String id, String subject, Property property, String value, Source source, FactStatus status) {

    public static final String SYSTEM = "system";

    /**
     * The value of a fact recording that an answer talked about the property in words no rule
     * classifies; the quote is the evidence, the value states nothing.
     */
    public static final String DESCRIBED = "described";

    public Fact withStatus(FactStatus newStatus) {
        return new Fact(id, subject, property, value, source, newStatus);
    }
}
