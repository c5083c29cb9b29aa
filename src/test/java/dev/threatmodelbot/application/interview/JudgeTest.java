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
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.adapter.offline.OfflineFactExtractor;
import dev.threatmodelbot.domain.BankQuestion;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.context.Rating;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The judge and the planner on the real offline extractor: answers read in the context of their question. */
class JudgeTest {
    static final SessionId ID = new SessionId("TM-JDGE");
    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    static final String DOC = "## Storage\nThe Orders service writes every order to Amazon DynamoDB.\n";

    final InMemorySessionStore store = new InMemorySessionStore();
    final FakeChat chat = new FakeChat();
    /** Knows two topics by their words, as the embeddings matcher would. */
    final Meaning meaning = new Meaning() {
        @Override
        public boolean addresses(String answer, Property p) {
            String lower = answer.toLowerCase(Locale.ROOT);
            return p == Property.AUTHENTICATION && lower.contains("prove")
                    || p == Property.EXPOSURE && lower.contains("get at");
        }

        @Override
        public Optional<Integer> closest(String sentence, List<String> passages) {
            return Optional.empty();
        }
    };
    final ProcessEvent process = new ProcessEvent(store, chat,
            () -> List.of(new BankQuestion("ownership", "Yours", "What do you own?", true)),
            new Engine(OfflineFactExtractor.packaged(), Optional.empty(), meaning, (n, t, b) -> Optional.empty(),
                    m -> List.of(), (session, format) -> ""),
            (t, m) -> new byte[] {1}, new Pacing(Duration.ofHours(24), 1, 100, EnumSet.allOf(DayOfWeek.class)),
            Clock.fixed(NOW, ZoneOffset.UTC));
    int replies;

    Session session() {
        return store.find(ID).orElseThrow();
    }

    Question open(String user) {
        return session().openQuestionFor(user).orElseThrow();
    }

    void reply(String user, String text) {
        replies++;
        process.process(new ReplyPosted("r" + replies, ID, user, text, "1700000100." + replies, NOW));
    }

    void start(List<String> engineers) {
        process.process(new StartRequested("start", ID, ConversationAddress.channel(Platform.SLACK, "T1", "C1"),
                "ULEAD", "Orders", engineers, "ULEAD", DOC, Optional.empty(), Optional.empty(), NOW));
    }

    /** Answers questions with `skip` until {@code user} is asked a gap question covering {@code topic}. */
    void skipUntil(String user, String topic) {
        for (int i = 0; i < 40 && !covers(open(user), topic); i++) {
            reply(user, "skip");
        }
        assertThat(Judge.topicsOf(open(user))).contains(topic);
    }

    static boolean covers(Question q, String topic) {
        return q.bankId().startsWith("gap:") && Judge.topicsOf(q).contains(topic);
    }

    @Test
    void should_take_what_an_answer_says_about_no_part_as_said_about_the_part_asked_about() {
        start(List.of("UA"));
        reply("UA", "I look after Amazon DynamoDB and the Orders service.");
        skipUntil("UA", "amazon-dynamodb:AUTHENTICATION");

        reply("UA", "Only through IAM roles, nothing else can get in.");

        assertThat(session().context().factsAbout("amazon-dynamodb", Property.AUTHENTICATION))
                .extracting(Fact::value).containsExactly("iam");
        assertThat(session().context().factsAbout(Fact.SYSTEM, Property.AUTHENTICATION)).isEmpty();
        assertThat(session().questions()).noneMatch(q -> q.bankId().equals("followup:amazon-dynamodb:AUTHENTICATION"));
    }

    @Test
    void should_ground_a_topic_question_in_what_the_doc_says_about_it() {
        process.process(new StartRequested("start", ID, ConversationAddress.channel(Platform.SLACK, "T1", "C1"),
                "ULEAD", "Orders", List.of("UA"), "ULEAD", DOC + "Amazon DynamoDB only answers callers that prove "
                        + "they belong to the account.\n", Optional.empty(), Optional.empty(), NOW));
        reply("UA", "I look after Amazon DynamoDB and the Orders service.");
        skipUntil("UA", "amazon-dynamodb:AUTHENTICATION");

        assertThat(open("UA").text()).startsWith("A few things about *Amazon DynamoDB*, in one go:\n")
                .contains("\n• The design doc (§1 Storage) says: _\"Amazon DynamoDB only answers callers that prove "
                        + "they belong to the account.\"_ — still true? And how do people or other services prove")
                .contains("\n• Who can reach it over the network");
    }

    @Test
    void should_keep_an_answer_in_unclassified_words_as_a_description_without_a_follow_up() {
        start(List.of("UA"));
        reply("UA", "I look after Amazon DynamoDB and the Orders service.");
        skipUntil("UA", "amazon-dynamodb:AUTHENTICATION");

        reply("UA", "Callers have to prove they are the order service before the table answers.");

        assertThat(session().context().factsAbout("amazon-dynamodb", Property.AUTHENTICATION))
                .extracting(Fact::value).containsExactly(Fact.DESCRIBED);
        assertThat(Judge.of(session()).topics()).filteredOn(t -> t.key().equals("amazon-dynamodb:AUTHENTICATION"))
                .extracting(t -> t.rating()).containsExactly(Rating.PARTIAL);
        assertThat(session().questions()).noneMatch(q -> q.bankId().equals("followup:amazon-dynamodb:AUTHENTICATION"));
    }

    @Test
    void should_read_an_answer_to_a_question_about_a_part_for_every_point_it_asked() {
        start(List.of("UA"));
        reply("UA", "I look after Amazon DynamoDB and the Orders service.");
        skipUntil("UA", "amazon-dynamodb:EXPOSURE");

        reply("UA", "Callers have to prove they are the order service. Nobody outside our account can get at it.");

        assertThat(session().context().factsAbout("amazon-dynamodb", Property.AUTHENTICATION))
                .extracting(Fact::value).containsExactly(Fact.DESCRIBED);
        assertThat(session().context().factsAbout("amazon-dynamodb", Property.EXPOSURE))
                .extracting(Fact::value).containsExactly(Fact.DESCRIBED);
    }

    @Test
    void should_not_pass_a_topic_on_when_its_owner_does_not_know_and_should_finish_with_assumptions() {
        start(List.of("UA", "UB"));
        reply("UA", "I look after Amazon DynamoDB.");
        reply("UB", "I run the Orders service.");
        skipUntil("UA", "amazon-dynamodb:AUTHENTICATION");

        reply("UA", "not sure");

        assertThat(session().questions()).filteredOn(q -> covers(q, "amazon-dynamodb:AUTHENTICATION"))
                .extracting(Question::askedTo).containsExactly("UA");
        assertThat(Judge.of(session()).topics()).filteredOn(t -> t.key().equals("amazon-dynamodb:AUTHENTICATION"))
                .extracting(t -> t.rating()).containsExactly(Rating.ASSUMED);
        for (int i = 0; i < 60 && session().state() == SessionState.INTERVIEWING; i++) {
            session().openQuestionFor("UA").ifPresent(q -> reply("UA", "not sure"));
            session().openQuestionFor("UB").ifPresent(q -> reply("UB", "not sure"));
        }
        assertThat(session().state()).isEqualTo(SessionState.GATHERED);
        assertThat(Judge.of(session()).enough()).isFalse(); // nothing left worth asking, far below 70%
        assertThat(chat.texts()).anyMatch(t -> t.contains("*Open assumptions*")
                && t.contains("Amazon DynamoDB — how callers prove who they are: asked, no answer"));
    }
}
