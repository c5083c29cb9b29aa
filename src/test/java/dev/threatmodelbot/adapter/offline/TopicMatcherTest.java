package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.adapter.offline.LabelledAnswers.Labelled;
import dev.threatmodelbot.adapter.offline.TopicMatcher.Aggregation;
import dev.threatmodelbot.domain.context.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calibration of the matcher on held-out answers; the numbers are in the assertions' messages. */
class TopicMatcherTest {
    private static final MiniLmEmbeddings EMBEDDINGS = MiniLmEmbeddings.shared();
    private static final TopicMatcher MATCHER = TopicMatcher.packaged(EMBEDDINGS);

    @Test
    void should_rank_the_labelled_property_first_for_most_answers() {
        // when
        double top1 = topOneAccuracy(MATCHER);

        // then: 41/50 when calibrated
        assertThat(top1).as("top-1 accuracy").isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void should_rank_better_with_the_mean_of_the_top_two_examples_than_with_the_closest_one() {
        // given
        TopicMatcher max = new TopicMatcher(EMBEDDINGS, Topics.packaged(), Aggregation.MAX);

        // then: 41/50 against 37/50 when calibrated
        assertThat(topOneAccuracy(MATCHER)).isGreaterThan(topOneAccuracy(max));
    }

    @Test
    void should_say_most_labelled_answers_address_their_property() {
        // when
        long addressed = LabelledAnswers.ON_TOPIC.stream()
                .filter(l -> MATCHER.addresses(l.answer(), l.property()))
                .count();

        // then: 41/50 when calibrated
        assertThat(addressed / (double) LabelledAnswers.ON_TOPIC.size()).as("recall").isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void should_match_nothing_for_off_topic_or_unsure_answers() {
        for (String answer : LabelledAnswers.OFF_TOPIC) {
            assertThat(MATCHER.bestMatch(answer, TopicMatcher.THRESHOLD)).as(answer).isEmpty();
            for (Property p : Property.values()) {
                assertThat(MATCHER.addresses(answer, p)).as(answer + " / " + p).isFalse();
            }
        }
    }

    @Test
    void should_match_plain_design_facts_rarely() {
        // when
        long matched = LabelledAnswers.DESIGN_FACTS.stream()
                .filter(a -> MATCHER.bestMatch(a, TopicMatcher.THRESHOLD).isPresent())
                .count();

        // then: only "the nightly job exports a CSV to the finance team" (data classification)
        assertThat(matched).isLessThanOrEqualTo(1);
    }

    @Test
    void should_see_both_properties_an_answer_covers() {
        // given
        String answer = "the API is only reachable over the VPN and every call uses TLS";

        // then
        assertThat(MATCHER.addresses(answer, Property.EXPOSURE)).isTrue();
        assertThat(MATCHER.addresses(answer, Property.TRANSPORT)).isTrue();
        assertThat(MATCHER.addresses(answer, Property.LOGGING)).isFalse();
    }

    @Test
    void should_score_every_property_best_first() {
        // when
        List<TopicScore> scores = MATCHER.score("we keep the database password in AWS Secrets Manager");

        // then
        assertThat(scores).extracting(TopicScore::property).containsExactlyInAnyOrder(
                java.util.Arrays.stream(Property.values()).filter(Property::isAnswerTopic).toArray(Property[]::new));
        assertThat(scores).extracting(TopicScore::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(scores.get(0).property()).isEqualTo(Property.SECRETS);
    }

    @Test
    void should_find_the_best_match_above_a_threshold() {
        assertThat(MATCHER.bestMatch("logins are limited to ten attempts a minute", TopicMatcher.THRESHOLD))
                .contains(Property.RATE_LIMITING);
        assertThat(MATCHER.bestMatch("logins are limited to ten attempts a minute", 0.99)).isEmpty();
    }

    private static double topOneAccuracy(TopicMatcher matcher) {
        long right = LabelledAnswers.ON_TOPIC.stream().filter(l -> isTop(matcher, l)).count();
        return right / (double) LabelledAnswers.ON_TOPIC.size();
    }

    private static boolean isTop(TopicMatcher matcher, Labelled l) {
        return matcher.score(l.answer()).get(0).property() == l.property();
    }
}
