package dev.threatmodelbot.application;

import dev.threatmodelbot.application.event.ReplyPosted;
import dev.threatmodelbot.application.event.StartRequested;
import dev.threatmodelbot.application.port.Engine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.adapter.offline.OfflineFactExtractor;
import dev.threatmodelbot.adapter.offline.YamlQuestionBank;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Replies that tell something other than what was asked are kept, and the question stays open. */
class VolunteeredRepliesTest {
    static final SessionId ID = new SessionId("TM-VXTR");
    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    static final String DOC = "# Shop\n## 1. Networking\nThe API Gateway calls the Orders service over mTLS.\n"
            + "## 2. Storage\nThe Orders service keeps orders in Amazon DynamoDB, encrypted at rest with AWS KMS.\n";

    final InMemorySessionStore store = new InMemorySessionStore();
    final FakeChat chat = new FakeChat();
    final ProcessEvent process = new ProcessEvent(store, chat, YamlQuestionBank.packaged(),
            Engine.offline(OfflineFactExtractor.packaged(), (name, type, bytes) -> Optional.empty()),
            (t, m) -> new byte[] {1}, new Pacing(Duration.ofHours(24), 1, 50, EnumSet.allOf(DayOfWeek.class)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    void startAndDisagreeOnTransit() {
        process.process(new StartRequested("start", ID, ConversationAddress.channel(Platform.SLACK, "T1", "C1"),
                "ULEAD", "Shop", List.of("UA", "UB"), "ULEAD", DOC, Optional.empty(), Optional.empty(), NOW));
        reply("UA", "I own the API Gateway. It calls the Orders service over plain HTTP.");
    }

    String reply(String user, String text) {
        String id = chat.nextId();
        process.process(new ReplyPosted("r-" + id, ID, user, text, id, NOW.plusSeconds(chat.delivered.size())));
        return id;
    }

    Session session() {
        return store.find(ID).orElseThrow();
    }

    List<Fact> atRest() {
        return session().context().factsAbout("amazon-dynamodb", Property.ENCRYPTION_AT_REST);
    }

    @Test
    void should_keep_a_reply_about_another_part_learn_it_and_ask_the_open_question_again() {
        // given
        startAndDisagreeOnTransit();
        Question transit = session().openQuestionFor("UA").orElseThrow();
        assertThat(transit.topic()).isEqualTo("Which is accurate?");

        // when
        String said = reply("UA", "Amazon DynamoDB is not encrypted at rest, by the way.");

        // then
        assertThat(session().openQuestionFor("UA")).map(Question::id).contains(transit.id());
        assertThat(atRest()).anyMatch(f -> f.value().equals("none") && f.source().reference().equals(said));
        assertThat(chat.texts()).noneMatch(t -> t.startsWith("Noted — I'll keep"))
                .anyMatch(t -> t.startsWith("Thanks {@UA} — I've kept that.") && t.contains("is still open")
                        && t.contains("*API Gateway → Orders service — encryption in transit*")
                        && t.contains("doesn't agree with what I had on *Amazon DynamoDB — encryption of stored data* "
                                + "— I'll ask you about that next."));
        assertThat(session().questions()).anyMatch(q -> q.askedTo().equals("UA")
                && q.topic().equals("Which is accurate?") && !q.id().equals(transit.id()));
    }

    @Test
    void should_take_a_reply_on_the_matter_as_the_answer() {
        // given
        startAndDisagreeOnTransit();
        Question transit = session().openQuestionFor("UA").orElseThrow();

        // when
        reply("UA", "Sorry, it is mTLS, the Orders service only accepts mutual TLS.");

        // then
        assertThat(session().question(transit.id()).map(Question::isOpen)).contains(false);
        assertThat(chat.texts()).noneMatch(t -> t.contains("I've kept that"));
    }

    @Test
    void should_raise_one_question_per_matter_and_settle_everyone_on_the_picked_side() {
        // given
        startAndDisagreeOnTransit();
        reply("UB", "Amazon DynamoDB is not encrypted at rest.");
        Question atRest = session().openQuestionFor("UB").orElseThrow();

        // when
        reply("UA", "Amazon DynamoDB is encrypted at rest with KMS, I checked.");
        reply("UB", "1");

        // then
        assertThat(session().questions()).filteredOn(q -> q.topic().equals("Which is accurate?")).hasSize(2);
        assertThat(chat.texts()).anyMatch(t -> t.startsWith("{@UB} {@UA} There's more disagreement about"));
        assertThat(session().question(atRest.id()).map(Question::isOpen)).contains(false);
        assertThat(atRest()).filteredOn(f -> f.value().equals("none")).extracting(Fact::status)
                .containsOnly(FactStatus.SUPERSEDED);
        assertThat(atRest()).filteredOn(f -> !f.value().equals("none")).extracting(Fact::status)
                .containsOnly(FactStatus.CONFIRMED);
    }

    @Test
    void should_keep_a_reply_to_a_topic_question_that_tells_about_another_part_and_ask_again() {
        // given a topic question about the Orders service
        process.process(new StartRequested("start", ID, ConversationAddress.channel(Platform.SLACK, "T1", "C1"),
                "ULEAD", "Shop", List.of("UA", "UB"), "ULEAD", DOC, Optional.empty(), Optional.empty(), NOW));
        reply("UA", "I own the Orders service.");
        for (int i = 0; i < 30 && !session().openQuestionFor("UA").map(Question::bankId).orElse("")
                .startsWith("gap:orders-service:"); i++) {
            reply("UA", "skip"); // the starter questions about the whole system
        }
        Question topic = session().openQuestionFor("UA").orElseThrow();
        assertThat(topic.bankId()).startsWith("gap:orders-service:").doesNotEndWith(":ENCRYPTION_AT_REST");

        // when
        reply("UA", "Amazon DynamoDB is replicated to a second region, and it is encrypted at rest with KMS.");

        // then
        assertThat(session().openQuestionFor("UA")).map(Question::id).contains(topic.id());
        assertThat(chat.texts()).anyMatch(t -> t.startsWith("Thanks {@UA} — I've kept that.")
                && t.contains("is still open: *" + topic.topic() + "*"));
    }

    @Test
    void should_take_a_reply_to_any_point_of_a_grouped_question_as_its_answer() {
        // given a question about the Orders service that covers several points
        process.process(new StartRequested("start", ID, ConversationAddress.channel(Platform.SLACK, "T1", "C1"),
                "ULEAD", "Shop", List.of("UA", "UB"), "ULEAD", DOC, Optional.empty(), Optional.empty(), NOW));
        reply("UA", "I own the Orders service.");
        for (int i = 0; i < 30 && !session().openQuestionFor("UA").map(Question::bankId).orElse("")
                .startsWith("gap:orders-service:"); i++) {
            reply("UA", "skip");
        }
        Question grouped = session().openQuestionFor("UA").orElseThrow();
        List<String> points = List.of(grouped.bankId().substring("gap:".length()).split("\\|"));
        assertThat(points).hasSizeGreaterThan(1);
        String last = points.get(points.size() - 1);
        String answer = java.util.Map.of(
                "AUTHENTICATION", "The Orders service checks a JWT on every call.",
                "EXPOSURE", "The Orders service is only reachable from the private network.",
                "AUTHORIZATION", "The Orders service uses role-based access control.",
                "RATE_LIMITING", "The Orders service has rate limiting on every endpoint.",
                "INPUT_VALIDATION", "The Orders service validates every request against a JSON schema.")
                .get(last.substring(last.lastIndexOf(':') + 1));
        assertThat(answer).as("a sentence for " + last).isNotNull();

        // when: the reply speaks only to the last point
        reply("UA", answer);

        // then: it answers the question, nothing is re-asked
        assertThat(session().openQuestionFor("UA")).map(Question::id).isNotEqualTo(Optional.of(grouped.id()));
        assertThat(chat.texts()).noneMatch(t -> t.startsWith("Thanks {@UA} — I've kept that."));
    }
}
