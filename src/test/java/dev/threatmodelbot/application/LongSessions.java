package dev.threatmodelbot.application;

import dev.threatmodelbot.domain.Answer;
import dev.threatmodelbot.domain.Comment;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.QuestionStatus;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SharedDoc;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Test data: a session grown long, with something in every list that grows (and a draft, a shared doc, a queued message). */
public final class LongSessions {
    static final Instant AT = Instant.parse("2026-11-18T10:00:00Z");

    private LongSessions() {}

    /** {@code s} with {@code answers} answered questions, {@code comments} comments and the facts, mentions and event keys they bring. */
    public static Session grown(Session s, int answers, int comments) {
        List<Question> questions = new ArrayList<>();
        List<Answer> said = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<Source> mentions = new ArrayList<>();
        List<String> handled = new ArrayList<>();
        for (int i = 0; i < answers; i++) {
            String ts = String.format("1800000000.%06d", i);
            Instant at = AT.plusSeconds(60L * i);
            questions.add(new Question("Q" + i, "gap:api:AUTHENTICATION|" + i, "Orders API · signing in",
                    "How do callers prove who they are to the *Orders API* (" + i + ")? — “quoted” ü", "UA",
                    QuestionStatus.ANSWERED, Optional.of(at), Optional.of("1700000000." + i), i % 3, i % 7 == 0,
                    i % 5 == 0 ? Optional.of("UB") : Optional.empty()));
            said.add(new Answer("Q" + i, "UA", "Callers present a JWT from Okta; answer " + i + ".\nSecond line.", ts,
                    at.plusSeconds(30), i % 4 == 0 ? Optional.of(at.plusSeconds(90)) : Optional.empty()));
            Source source = Source.answer(ts, "UA", at, "Callers present a JWT from Okta; answer " + i + ".");
            facts.add(new Fact("F" + i, i % 2 == 0 ? "api" : Fact.SYSTEM, Property.AUTHENTICATION, "token", source,
                    i % 9 == 0 ? FactStatus.SUPERSEDED : FactStatus.STATED));
            mentions.add(source);
            handled.add("slack:msg:C1:" + ts);
        }
        List<Comment> remarks = new ArrayList<>();
        for (int i = 0; i < comments; i++) {
            remarks.add(new Comment("UOUT" + i % 3, "Comment " + i + ": remember the audit", "1810000000." + i,
                    AT.plusSeconds(45L * i)));
            handled.add("slack:msg:C1:1810000000." + i);
        }
        List<Component> parts = List.of(
                new Component("api", "Orders API", ComponentKind.API, "", mentions, List.of("the API")),
                new Component("db", "Orders DB", ComponentKind.DATA_STORE, "postgresql",
                        mentions.subList(0, Math.min(3, mentions.size()))),
                new Component("idp", "Okta", ComponentKind.IDENTITY_PROVIDER, "okta", List.of()));
        List<DataFlow> flows = List.of(new DataFlow("api->db", "api", "db", "orders", mentions),
                new DataFlow("idp->api", "idp", "api", "", List.of()));
        return new Session(s.id(), s.system(), s.channel(), s.requester(), s.lead(), s.engineers(), s.designDoc(),
                s.jiraProject(), s.deadline(), s.state(), s.createdAt(), s.closedAt(), s.kickoffId(), questions, said,
                remarks, List.of(Outbound.kickoffUpdate(), Outbound.thread("note", "Ünïcode \"quotes\"")), handled,
                new ContextModel(parts, flows, facts), List.of(new SharedDoc("F1", "api.yaml", List.of("§1", "§2"),
                        "1700000001.000100", "UA", AT)), s.usage(), Optional.of(draft()));
    }

    static Draft draft() {
        Threat t = new Threat("t1", "r1", "Token replay", "A stolen token is replayed.", Set.of(Stride.SPOOFING),
                List.of("api"), 2, 3, "Bind tokens.", List.of("F1"), List.of(), Confidence.HIGH, List.of(), List.of());
        return new Draft(1, AT, Optional.of("1700000000.0900"), List.of(new DraftedThreat(1, t,
                Optional.of("1700000000.0901"), List.of(new Decision(Decision.Kind.APPROVED, "ULEAD", AT)))));
    }
}
