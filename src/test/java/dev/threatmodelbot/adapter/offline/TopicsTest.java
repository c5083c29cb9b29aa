package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodelbot.domain.context.Property;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void should_ship_six_to_twelve_examples_for_every_property_and_some_off_topic_ones() {
        // when
        Topics topics = Topics.packaged();

        // then
        for (Property p : Property.values()) {
            if (!p.isAnswerTopic()) {
                assertThat(topics.examples().get(p)).as(p.name()).isEmpty();
                continue;
            }
            assertThat(topics.examples().get(p)).as(p.name()).hasSizeBetween(6, 12).doesNotHaveDuplicates();
        }
        assertThat(topics.offTopic()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void should_refuse_a_vocabulary_that_misses_a_property() {
        assertThatThrownBy(() -> read("topics:\n  TRANSPORT: [we use TLS]\n  NONE: [no idea]\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AUTHENTICATION");
    }

    @Test
    void should_refuse_a_property_that_does_not_exist() {
        StringBuilder yaml = new StringBuilder("topics:\n  NONE: [no idea]\n  FIREWALLS: [we have one]\n");
        for (Property p : Property.values()) {
            yaml.append("  ").append(p.name()).append(": [an example]\n");
        }
        assertThatThrownBy(() -> read(yaml.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FIREWALLS");
    }

    private static Topics read(String yaml) throws Exception {
        return Topics.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
