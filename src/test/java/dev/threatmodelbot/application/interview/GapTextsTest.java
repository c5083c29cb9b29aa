package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.application.interview.GapTexts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.application.interview.GapTexts.Point;
import dev.threatmodelbot.domain.context.Property;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GapTextsTest {

    @Test
    void should_ask_the_open_points_of_one_part_as_one_list_with_its_connections_as_one_point() {
        String text = GapTexts.grouped("Orders API", List.of(
                new Point(Property.AUTHENTICATION, Optional.empty(), Optional.empty()),
                new Point(Property.TRANSPORT, Optional.of("to *Orders DB*"), Optional.empty()),
                new Point(Property.EXPOSURE, Optional.empty(), Optional.of("The design doc (§2) says: _\"public\"_")),
                new Point(Property.TRANSPORT, Optional.of("from *Gateway*"), Optional.empty())));

        assertThat(text.split("\n")).hasSize(5).startsWith("A few things about *Orders API*, in one go:");
        assertThat(text).contains("\n• How do people or other services prove who they are when they use it")
                .contains("\n• Are its connections to *Orders DB* and from *Gateway* encrypted (HTTPS/TLS)")
                .contains("\n• The design doc (§2) says: _\"public\"_ — still true? And who can reach it");
    }

    @Test
    void should_put_what_the_doc_says_first_and_ask_for_what_differs() {
        String ask = GapTexts.ask(Property.ENCRYPTION_AT_REST, "Orders DB");

        assertThat(GapTexts.confirm(ask)).isEqualTo("Is that still true and complete? If anything differs or is "
                + "missing — is the data in *Orders DB* encrypted where it is stored, and who or what can read it "
                + "directly?");
    }
}
