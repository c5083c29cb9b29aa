package dev.threatmodelbot.adapter.jira;

import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.Confidence;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A reviewed session to file from: two parts, one flow, three facts, an approved and a pending threat. */
final class JiraSessions {
    static final String LEAD = "ULEAD";
    static final String API = "payments-api";
    static final String DB = "orders-db";
    static final String API_TO_DB = DataFlow.idOf(API, DB);
    static final String PERMALINK = "https://example.slack.com/archives/C1/p1700000000000200";
    static final String REVIEW_LINK = "https://example.slack.com/archives/C1/p1700000000000900";
    static final String MITIGATION = "Require OAuth tokens on every call.";
    static final String QUOTE = "the DB hop is plain TCP for now";

    private static final Source DOC = Source.doc("§2 Architecture", "The payments API needs no login.");
    private static final Source ANSWER = new Source(Source.Kind.ANSWER, "1700000000.000200", Optional.of("UA"),
            Optional.of(Instant.parse("2026-11-18T10:30:00Z")), Optional.of(PERMALINK), QUOTE);

    private JiraSessions() {}

    /** Session TM-CREB for project SEC. */
    static Session session() {
        return session(Optional.of("SEC"));
    }

    static Session session(Optional<String> project) {
        ContextModel context = new ContextModel(
                List.of(new Component(API, "Payments API", ComponentKind.API, "Spring Boot", List.of(DOC)),
                        new Component(DB, "Orders DB", ComponentKind.DATA_STORE, "PostgreSQL", List.of(DOC))),
                List.of(new DataFlow(API_TO_DB, API, DB, "order rows", List.of(DOC))),
                List.of(new Fact("f1", API_TO_DB, Property.TRANSPORT, "plain", ANSWER, FactStatus.STATED),
                        new Fact("f2", API, Property.AUTHENTICATION, "none", DOC, FactStatus.STATED),
                        new Fact("f4", API, Property.EXPOSURE, "public", DOC, FactStatus.CONFIRMED)));
        Session session = new Session(new SessionId("TM-CREB"), "Payments", ConversationAddress.channel(
                Platform.SLACK, "T1", "C1"), "UREQ", LEAD, List.of("UA"), "https://docs.example.com/payments",
                project, Optional.empty(), SessionState.GATHERED, Instant.parse("2026-11-18T10:00:00Z"),
                Optional.empty(), Optional.of("1700000000.000100"), List.of(), List.of(), List.of(), List.of(),
                List.of(), context, List.of(), null, Optional.empty());
        return session.withDraft(new Draft(2, Instant.parse("2026-11-20T09:00:00Z"), Optional.of("root"),
                List.of(approved(), pending())));
    }

    /** Critical (3 × 3), spoofing and elevation of privilege, resting on an answer and the design doc. */
    static DraftedThreat approved() {
        Threat t = new Threat("spoofing-unauthenticated-api:" + API, "spoofing-unauthenticated-api",
                "Callers reach the Payments API without proving who they are",
                "Anyone who can reach the API can call it as any customer.",
                Set.of(Stride.SPOOFING, Stride.ELEVATION_OF_PRIVILEGE), List.of(API, API_TO_DB), 3, 3, MITIGATION,
                List.of("f1", "f2", "named:" + API, "flow:" + API_TO_DB), List.of(), Confidence.HIGH, List.of(),
                List.of());
        return new DraftedThreat(1, t, Optional.of("m1"), List.of(
                new Decision(Decision.Kind.APPROVED, LEAD, Instant.parse("2026-11-21T10:00:00Z"))));
    }

    /** Text full of wiki markup, an assumption, and OWASP LLM / ATLAS ids. */
    static DraftedThreat pending() {
        Threat t = new Threat("llm-prompt-injection:" + API, "llm-prompt-injection", "Prompt *injection* via {code}",
                "Order text goes into the prompt, so a customer can steer the model's *answers* [see|http://x].",
                Set.of(Stride.TAMPERING), List.of(API), 2, 2, "h1. Keep order text apart -- from instructions.",
                List.of("named:" + API), List.of("Nobody said order text is filtered."), Confidence.LOW,
                List.of("LLM01:2026"), List.of("AML.T0051"));
        return new DraftedThreat(2, t, Optional.of("m2"), List.of());
    }
}
