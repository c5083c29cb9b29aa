package dev.threatmodelbot.adapter.render;

import static dev.threatmodelbot.adapter.render.Models.component;
import static dev.threatmodelbot.adapter.render.Models.fact;
import static dev.threatmodelbot.adapter.render.Models.flow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;

class PlantUmlInjectionTest {
    private static final String EVIL =
            "x\"\n!include /etc/passwd\n@enduml\n@startuml\n%getenv(\"HOME\") <img:/etc/hosts> [[http://evil]]";
    private final PlantUmlDiagramRenderer renderer = new PlantUmlDiagramRenderer();

    /** The hostile text wherever people's words reach the diagram: names, technology, ids, descriptions, values. */
    private static ContextModel hostile() {
        return new ContextModel(
                List.of(component("evil", EVIL, ComponentKind.API, EVIL),
                        component("db", "DB", ComponentKind.DATA_STORE, "")),
                List.of(flow("evil", "db", EVIL), flow("db", EVIL, "")),
                List.of(fact("f1", "evil->db", Property.TRANSPORT, EVIL, FactStatus.STATED),
                        fact("f2", "evil", Property.EXPOSURE, EVIL, FactStatus.STATED)));
    }

    @Test
    void should_keep_hostile_names_inside_their_labels() {
        String source = renderer.source(EVIL, hostile());

        assertThat(count(source, "@startuml")).isEqualTo(1);
        assertThat(count(source, "@enduml")).isEqualTo(1);
        assertThat(source.lines()).noneMatch(line -> line.strip().startsWith("!include"))
                .filteredOn(line -> line.strip().startsWith("!")).containsExactly("!pragma layout smetana");
        assertThat(source).doesNotContain("%getenv", "<img", "[[", "/etc/passwd");
        assertThat(source.lines().filter(line -> line.startsWith("  ")))
                .allMatch(line -> line.matches("  \\w+ \"[^\"]*\" as e\\d+ <<[a-zA-Z /]+>>( #\\w+;line:\\w+)?"));
    }

    @Test
    void should_draw_hostile_names_as_the_words_people_typed() throws IOException {
        String svg = svg(renderer.source(EVIL, hostile()));

        assertThat(svg).contains("!include").contains("/etc/passwd").contains("%getenv(\"HOME\")")
                .contains("&lt;img:/etc/hosts>");
        assertThat(renderer.png(EVIL, hostile())).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    private static String svg(String source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.SVG, false));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
