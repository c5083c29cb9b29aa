package dev.threatmodelbot.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlantUmlTextTest {

    @Test
    void should_keep_letters_digits_and_spaces_and_write_everything_else_as_entities() {
        assertThat(PlantUmlText.escape("Zürich API 2")).isEqualTo("Zürich API 2");
        assertThat(PlantUmlText.escape("a\"b")).isEqualTo("a&#34;b");
        assertThat(PlantUmlText.escape("!include <x> %y $z @a \\n")).isEqualTo(
                "&#33;include &#60;x&#62; &#37;y &#36;z &#64;a &#92;n");
        assertThat(PlantUmlText.escape("rocket 🚀")).isEqualTo("rocket &#128640;");
    }

    @Test
    void should_turn_line_breaks_and_control_characters_into_single_spaces() {
        assertThat(PlantUmlText.escape("  a\r\n\t b\u2028c\u0000d\u200Be  ")).isEqualTo("a b c d e");
    }

    @Test
    void should_wrap_long_names_and_shorten_very_long_ones() {
        assertThat(PlantUmlText.wrapped("Customer order processing service", 22, 60))
                .isEqualTo("Customer order\\nprocessing service");
        assertThat(PlantUmlText.wrapped("a".repeat(100), 22, 60)).isEqualTo(
                "a".repeat(22) + "\\n" + "a".repeat(22) + "\\n" + "a".repeat(15) + "&#8230;");
    }
}
