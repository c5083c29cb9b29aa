package dev.threatmodelbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.Marks;
import dev.threatmodelbot.domain.QuestionKind;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.FakeJira;
import dev.threatmodelbot.support.SlackSurface;
import dev.threatmodelbot.support.Surface;
import dev.threatmodelbot.support.TeamsSurface;
import dev.threatmodelbot.support.WebSurface;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One scenario, the same steps, on every surface: a start from the form with a doc, two engineers answering (one
 * answer delivered twice), a disagreement with the doc raised, the summary, a draft, the lead's review and an
 * outsider's refused, and an export filing one ticket despite a Jira 500. Each surface does each step its own way.
 */
class SameScenarioTest {
    static final String DOC = "## Architecture\nThe Orders API requires no authentication.\n"
            + "The Orders API writes orders to PostgreSQL.\n## Networking\nThe API Gateway calls the Orders API over mTLS.\n";

    static Stream<Arguments> surfaces() {
        return Stream.of(Arguments.of("Slack", (Supplier<Surface>) SlackSurface::new),
                Arguments.of("Teams", (Supplier<Surface>) TeamsSurface::new),
                Arguments.of("web workspace", (Supplier<Surface>) WebSurface::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void the_same_interview_review_and_export(String name, Supplier<Surface> open) {
        try (Surface s = open.get()) {
            s.startFromForm("Orders", List.of(s.alice(), s.bob()), DOC);
            String kickoff = s.onlySession().kickoffId().orElseThrow();
            String id = s.onlySession().id().value();

            s.reply(s.alice(), kickoff, "I own the API Gateway. It talks to the Orders API over plain HTTP inside the VPC.",
                    true);
            s.reply(s.bob(), kickoff, "I run the Orders API and its PostgreSQL database.", false);
            Eventually.until(name + ": both answers, a disagreement asked", () -> {
                Session now = s.onlySession();
                return now.answers().size() == 2 && now.questions().stream()
                        .anyMatch(q -> q.kind() == QuestionKind.CONTRADICTION && q.messageId().isPresent());
            });
            assertThat(s.onlySession().answers().stream().filter(a -> a.author().equals(s.alice()))).as("once").hasSize(1);

            s.command(s.lead(), "draft " + id);
            Eventually.until(name + ": summarised", () -> s.onlySession().state() == SessionState.GATHERED
                    && s.onlySession().outbox().isEmpty());
            s.command(s.lead(), "draft " + id);
            Eventually.until(name + ": drafted", () -> s.onlySession().draft().map(d -> d.rootId().isPresent()
                    && d.threats().stream().allMatch(t -> t.messageId().isPresent())).orElse(false)
                    && s.onlySession().outbox().isEmpty());
            Session drafted = s.onlySession();
            assertThat(drafted.draft().orElseThrow().threats().size()).isGreaterThanOrEqualTo(3);

            // the outsider's first: a session's events are applied in order, so once the lead's are, it was too
            s.decide(s.outsider(), drafted, threat(drafted, 3), Marks.Signal.APPROVE);
            s.decide(s.lead(), drafted, threat(drafted, 1), Marks.Signal.APPROVE);
            s.decide(s.lead(), drafted, threat(drafted, 2), Marks.Signal.REJECT);
            Eventually.until(name + ": the lead's decisions", () -> threat(s.onlySession(), 1).status()
                    == Decision.Kind.APPROVED && threat(s.onlySession(), 2).status() == Decision.Kind.REJECTED);
            assertThat(threat(s.onlySession(), 3).status()).as("an outsider decides nothing")
                    .isEqualTo(Decision.Kind.PENDING);

            s.jira().plan(FakeJira.Plan.status(500, "{\"errorMessages\":[\"Internal server error\"]}"));
            s.command(s.outsider(), "export " + id + " jira");
            s.command(s.lead(), "export " + id + " jira");
            Eventually.until(name + ": filed", () -> threat(s.onlySession(), 1).ticket().isPresent()
                    && s.onlySession().outbox().isEmpty() && s.onlySession().tickets().isEmpty());
            assertThat(s.jira().issues()).as("exactly once, the approved threat only").hasSize(1);
        }
    }

    private static DraftedThreat threat(Session s, int n) {
        return s.draft().orElseThrow().byNumber(n).orElseThrow();
    }
}
