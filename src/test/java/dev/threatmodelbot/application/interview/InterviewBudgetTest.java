package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.application.FakeChat;
import dev.threatmodelbot.application.InMemorySessionStore;
import dev.threatmodelbot.application.Pacing;
import dev.threatmodelbot.application.ProcessEvent;
import dev.threatmodelbot.application.interview.Judge;
import dev.threatmodelbot.application.event.ReplyPosted;
import dev.threatmodelbot.application.event.StartRequested;
import dev.threatmodelbot.application.port.Engine;
import dev.threatmodelbot.application.port.Meaning;
import dev.threatmodelbot.application.port.QuestionBank;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.adapter.offline.OfflineFactExtractor;
import dev.threatmodelbot.adapter.offline.YamlQuestionBank;
import dev.threatmodelbot.domain.BankQuestion;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Property;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How much an interview asks: one question per part, the starter bank only for what nobody said, a cap per engineer. */
class InterviewBudgetTest {
    static final SessionId ID = new SessionId("TM-BDGT");
    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    static final String RICH_DOC = "## Architecture\nCustomers reach the Orders API from the internet through Amazon "
            + "API Gateway. Users sign in with Amazon Cognito and every call carries a JWT. The Orders API stores "
            + "orders and customer addresses (PII) in Amazon DynamoDB, encrypted with KMS. Database passwords are "
            + "kept in AWS Secrets Manager and every request is logged to CloudWatch.\n";

    final InMemorySessionStore store = new InMemorySessionStore();
    final FakeChat chat = new FakeChat();
    int replies;

    ProcessEvent process(QuestionBank bank, int cap) {
        return new ProcessEvent(store, chat, bank, new Engine(OfflineFactExtractor.packaged(), Optional.empty(),
                Meaning.NONE, (n, t, b) -> Optional.empty(), m -> List.of(), (session, format) -> ""),
                (t, m) -> new byte[] {1}, new Pacing(Duration.ofHours(24), 1, 100, EnumSet.allOf(DayOfWeek.class), cap),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    Session start(ProcessEvent p, String doc, List<String> engineers) {
        p.process(new StartRequested("start", ID, ConversationAddress.channel(Platform.SLACK, "T1", "C1"), "ULEAD",
                "Orders", engineers, "ULEAD", doc, Optional.empty(), Optional.empty(), NOW));
        return session();
    }

    Session session() {
        return store.find(ID).orElseThrow();
    }

    void reply(ProcessEvent p, String user, String text) {
        replies++;
        p.process(new ReplyPosted("r" + replies, ID, user, text, "1700000100." + (100 + replies), NOW));
    }

    /** Replies {@code text} to whatever anyone is asked until the interview is over. */
    void answerEverything(ProcessEvent p, String text) {
        for (int i = 0; i < 200 && session().state() == SessionState.INTERVIEWING; i++) {
            for (String e : session().engineers()) {
                if (session().openQuestionFor(e).isPresent()) {
                    reply(p, e, text);
                }
            }
        }
    }

    static List<String> asked(Session s, String engineer) {
        return s.questions().stream().filter(q -> q.askedTo().equals(engineer) && q.askedAt().isPresent())
                .map(Question::bankId).toList();
    }

    @Test
    void should_never_ask_one_engineer_more_than_the_cap_and_list_the_rest_as_assumptions() {
        ProcessEvent p = process(YamlQuestionBank.packaged(), 4);
        start(p, RICH_DOC.replace("encrypted with KMS", "somewhere"), List.of("UA"));

        answerEverything(p, "not sure");

        assertThat(session().state()).isEqualTo(SessionState.GATHERED);
        assertThat(asked(session(), "UA")).hasSize(4);
        assertThat(Judge.of(session()).enough()).isFalse();
        assertThat(chat.texts()).anyMatch(t -> t.contains("*Open assumptions*") && t.contains(": unknown, not asked"));
        assertThat(chat.texts()).anyMatch(t -> t.startsWith("That's all my questions") && t.contains("short of the 70%"));
    }

    @Test
    void should_skip_starter_questions_the_doc_already_answers() {
        Set<String> answeredByTheDoc = Set.of("purpose-and-data", "entry-points", "users-and-callers",
                "authentication", "data-stores", "secrets", "hosting", "logging");
        ProcessEvent p = process(YamlQuestionBank.packaged(), 15);
        start(p, RICH_DOC, List.of("UA"));
        assertThat(session().openQuestionFor("UA").orElseThrow().text()).contains("\nThe sources name *")
                .contains("*Amazon DynamoDB*").contains("— which are yours, and what is missing?");
        answerEverything(p, "skip");

        assertThat(asked(session(), "UA")).first().isEqualTo("ownership");
        assertThat(asked(session(), "UA")).noneMatch(answeredByTheDoc::contains)
                .anyMatch(id -> id.startsWith("gap:"));
    }

    @Test
    void should_ask_starter_questions_while_the_sources_say_nothing() {
        ProcessEvent p = process(YamlQuestionBank.packaged(), 15);
        start(p, "", List.of("UA"));

        reply(p, "UA", "not sure");

        assertThat(session().openQuestionFor("UA")).map(Question::bankId).contains("purpose-and-data");
    }

    @Test
    void should_ask_about_a_part_once_and_read_the_answer_for_every_point_it_asked() {
        ProcessEvent p = process(() -> List.of(new BankQuestion("ownership", "Yours", "What do you own?", true)), 15);
        start(p, "## Storage\nThe Orders service writes every order to Amazon DynamoDB.\n", List.of("UA"));
        reply(p, "UA", "I look after Amazon DynamoDB.");
        Question q = session().openQuestionFor("UA").orElseThrow();
        assertThat(Judge.topicsOf(q)).contains("amazon-dynamodb:AUTHENTICATION", "amazon-dynamodb:EXPOSURE",
                "amazon-dynamodb:ENCRYPTION_AT_REST");
        assertThat(Judge.topicsOf(q)).allMatch(key -> key.startsWith("amazon-dynamodb"));

        reply(p, "UA", "Only through IAM roles. It is reachable only within the VPC. The table is "
                + "encrypted with KMS.");

        assertThat(session().context().factsAbout("amazon-dynamodb", Property.AUTHENTICATION))
                .extracting(Fact::value).contains("iam");
        assertThat(session().context().factsAbout("amazon-dynamodb", Property.EXPOSURE))
                .extracting(Fact::value).contains("internal");
        assertThat(session().context().factsAbout("amazon-dynamodb", Property.ENCRYPTION_AT_REST))
                .extracting(Fact::value).contains("kms");
        assertThat(session().questions()).noneMatch(x -> x.bankId().startsWith("followup:amazon-dynamodb"));
        answerEverything(p, "skip");
        assertThat(session().questions()).filteredOn(x -> x.bankId().startsWith("gap:")
                        && Judge.topicsOf(x).stream().anyMatch(key -> key.startsWith("amazon-dynamodb:")))
                .hasSize(1);
    }

    @Test
    void should_pass_an_owners_parts_to_a_colleague_once_the_owner_has_no_questions_left() {
        ProcessEvent p = process(() -> List.of(new BankQuestion("ownership", "Yours", "What do you own?", true)), 3);
        start(p, "## Orders\nThe Orders service writes every order to Amazon DynamoDB and puts receipts on Amazon "
                + "SQS.\n## Receipts\nAmazon SQS keeps receipts for the mailer.\n", List.of("UA", "UB"));
        reply(p, "UA", "I look after the Orders service, Amazon DynamoDB and Amazon SQS.");
        reply(p, "UB", "not sure");

        answerEverything(p, "skip");

        assertThat(asked(session(), "UA")).hasSize(3);
        assertThat(asked(session(), "UB")).hasSize(3).filteredOn(id -> id.startsWith("gap:") && !id.contains("system:"))
                .isNotEmpty();
    }
}
