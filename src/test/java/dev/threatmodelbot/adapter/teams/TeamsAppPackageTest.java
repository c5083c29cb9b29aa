package dev.threatmodelbot.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Teams app package the build makes, checked against Microsoft's manifest schema and Teams' icon rules. */
class TeamsAppPackageTest {
    static final Path PACKAGE = Path.of("target", "threatmodel-bot-teams.zip");
    static final ObjectMapper JSON = new ObjectMapper();
    static Map<String, byte[]> files = new HashMap<>();
    static JsonNode manifest;

    @BeforeAll
    static void read() throws Exception {
        assertThat(PACKAGE).as("made by the build (generate-resources)").exists();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(PACKAGE))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        manifest = JSON.readTree(files.get("manifest.json"));
    }

    /**
     * Microsoft's schema as its JavaScript validators read it: it says draft-04 but uses {@code const} (draft 6), and
     * its patterns are ECMAScript ({@code \v}, which Java's regular expressions write {@code \x0B}).
     */
    static Schema schema() throws Exception {
        try (InputStream in = TeamsAppPackageTest.class.getResourceAsStream("/schemas/teams/MicrosoftTeams.schema.json")) {
            ObjectNode schema = (ObjectNode) JSON.readTree(in);
            schema.put("$schema", "http://json-schema.org/draft-06/schema#");
            javaPatterns(schema);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6).getSchema(JSON.writeValueAsString(schema));
        }
    }

    /** ECMAScript's {@code \v} anywhere and {@code [\b]} (backspace) as Java writes them. */
    static String javaPattern(String js) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < js.length(); i++) {
            char c = js.charAt(i);
            if (c == '\\' && i + 1 < js.length()) {
                char next = js.charAt(++i);
                out.append(next == 'v' ? "\\x0B" : next == 'b' && inClass ? "\\x08" : "\\" + next);
                continue;
            }
            inClass = c == '[' || (inClass && c != ']');
            out.append(c);
        }
        return out.toString();
    }

    private static void javaPatterns(JsonNode node) {
        if (node instanceof ObjectNode o) {
            JsonNode pattern = o.get("pattern");
            if (pattern != null && pattern.isTextual()) {
                o.put("pattern", javaPattern(pattern.asText()));
            }
            o.elements().forEachRemaining(TeamsAppPackageTest::javaPatterns);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(TeamsAppPackageTest::javaPatterns);
        }
    }

    @Test
    void the_manifest_is_valid_against_the_v1_29_schema() throws Exception {
        assertThat(files.keySet()).containsExactlyInAnyOrder("manifest.json", "color.png", "outline.png");
        List<Error> errors = schema().validate(manifest);
        assertThat(errors).isEmpty();
        assertThat(manifest.path("manifestVersion").asText()).isEqualTo("1.29");
        assertThat(manifest.toString()).doesNotContain("@MICROSOFT_APP_ID@").doesNotContain("@PUBLIC_HOST@");
    }

    @Test
    void the_schema_check_catches_a_broken_manifest() throws Exception {
        ObjectNode broken = manifest.deepCopy();
        broken.remove("accentColor");
        ((ObjectNode) broken.path("bots").path(0)).put("botId", "not-a-guid");
        assertThat(schema().validate(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void the_bot_lives_in_channels_and_group_chats_reads_channel_messages_and_lists_its_commands() {
        JsonNode bot = manifest.path("bots").path(0);
        List<String> scopes = new ArrayList<>();
        bot.path("scopes").forEach(s -> scopes.add(s.asText()));
        assertThat(scopes).contains("team", "groupChat");
        List<String> commands = new ArrayList<>();
        bot.path("commandLists").path(0).path("commands").forEach(c -> commands.add(c.path("title").asText()));
        assertThat(commands).containsExactly("start", "status", "draft", "export", "cancel", "help");
        assertThat(manifest.path("authorization").path("permissions").path("resourceSpecific").toString())
                .contains("ChannelMessage.Read.Group").contains("Application");
        assertThat(manifest.path("webApplicationInfo").path("id").asText()).isEqualTo(bot.path("botId").asText());
        assertThat(manifest.path("composeExtensions").path(0).path("commands").path(0).path("fetchTask").asBoolean())
                .as("the start action opens the form").isTrue();
    }

    @Test
    void the_icons_are_the_sizes_teams_asks_for_and_the_outline_is_white_on_transparent() throws Exception {
        BufferedImage color = ImageIO.read(new ByteArrayInputStream(files.get("color.png")));
        BufferedImage outline = ImageIO.read(new ByteArrayInputStream(files.get("outline.png")));
        assertThat(color.getWidth()).isEqualTo(192);
        assertThat(color.getHeight()).isEqualTo(192);
        assertThat(outline.getWidth()).isEqualTo(32);
        assertThat(outline.getHeight()).isEqualTo(32);
        int transparent = 0;
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 32; y++) {
                int argb = outline.getRGB(x, y);
                if ((argb >>> 24) == 0) {
                    transparent++;
                } else {
                    assertThat(argb & 0xFFFFFF).as("outline pixel %d,%d", x, y).isEqualTo(0xFFFFFF);
                }
            }
        }
        assertThat(transparent).as("a transparent background").isGreaterThan(32 * 32 / 2);
        assertThat(color.getRGB(2, 2) >>> 24).as("the colour icon is opaque").isEqualTo(0xFF);
    }
}
