package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.application.Subjects;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Property;
import java.util.List;
import java.util.Optional;

/**
 * Ready-made answers to closed questions, offered as buttons beside free text. A pick is recorded
 * as a full sentence naming the part, so it is read (and cited) like any typed answer.
 */
public final class Choices {
    private Choices() {}

    /** Button labels for the question, or none for an open question. */
    static List<String> labels(Question q) {
        return property(q).map(Choices::labels).orElse(List.of());
    }

    private static List<String> labels(Property p) {
        switch (p) {
            case TRANSPORT:
                return List.of("HTTPS / TLS", "Mutual TLS", "Plain, no TLS", "Not sure");
            case EXPOSURE:
                return List.of("From the internet", "Company network / VPN only", "Only other services", "Not sure");
            case ENCRYPTION_AT_REST:
                return List.of("Encrypted", "Encrypted with KMS keys", "Not encrypted", "Not sure");
            default:
                return List.of();
        }
    }

    /** The answer a pick stands for; "not sure" stays a shrug. */
    static Optional<String> sentence(Session s, Question q, int pick) {
        Optional<Property> p = property(q);
        List<String> labels = labels(q);
        if (p.isEmpty() || pick < 0 || pick >= labels.size()) {
            return Optional.empty();
        }
        if (pick == labels.size() - 1) {
            return Optional.of("not sure");
        }
        String subject = subject(q);
        ContextModel m = s.context();
        if (p.get() == Property.TRANSPORT) {
            Optional<DataFlow> flow = m.flows().stream().filter(f -> f.id().equals(subject)).findFirst();
            String from = flow.map(f -> Subjects.name(m, f.source())).orElse(Subjects.name(m, subject));
            String to = flow.map(f -> Subjects.name(m, f.target())).orElse("its peers");
            return Optional.of(from + " calls " + to + " over "
                    + List.of("TLS.", "mutual TLS (mTLS).", "plain HTTP without TLS.").get(pick));
        }
        String name = Subjects.name(m, subject);
        if (p.get() == Property.EXPOSURE) {
            return Optional.of(name + List.of(" is publicly accessible from the internet.",
                    " is reachable only from the company network via VPN.",
                    " is internal, reachable only by other services in a private subnet.").get(pick));
        }
        return Optional.of(name + List.of(" is encrypted at rest.", " is encrypted at rest with KMS keys.",
                " is not encrypted at rest.").get(pick));
    }

    /** The property of a question about one topic; a question covering several gets no buttons. */
    private static Optional<Property> property(Question q) {
        List<String> keys = Judge.topicsOf(q);
        if (keys.size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(Judge.propertyOf(keys.get(0)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String subject(Question q) {
        return Judge.subjectOf(Judge.topicsOf(q).get(0));
    }
}
