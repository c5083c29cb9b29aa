package dev.threatmodelbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the image without pulling a base image: the Dockerfile and the Jib configuration run the
 * jar the build makes, as a user that is not root, with the JVM flags the chart uses (which the memory bench sized).
 */
class ImageTest {
    static final Pattern FLAGS = Pattern.compile("(?m)^javaOpts: \"([^\"]+)\"");

    private static List<String> chartFlags() throws Exception {
        Matcher m = FLAGS.matcher(Files.readString(Path.of("helm", "threatmodel-bot", "values.yaml")));
        assertThat(m.find()).isTrue();
        return List.of(m.group(1).split("\\s+"));
    }

    @Test
    void the_dockerfile_runs_the_built_jar_as_a_user_with_the_charts_flags() throws Exception {
        String docker = Files.readString(Path.of("Dockerfile"));
        assertThat(docker).containsPattern("(?m)^FROM eclipse-temurin:17-jre\\b");
        Matcher user = Pattern.compile("(?m)^USER (\\d+)").matcher(docker);
        assertThat(user.find()).isTrue();
        assertThat(Integer.parseInt(user.group(1))).as("not root").isPositive();
        assertThat(docker).contains("COPY --chown=10001:10001 target/threatmodel-bot.jar");
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<finalName>threatmodel-bot</finalName>");
        Matcher opts = Pattern.compile("JAVA_OPTS=\"([^\"]+)\"").matcher(docker);
        assertThat(opts.find()).isTrue();
        assertThat(List.of(opts.group(1).split("\\s+"))).containsAll(chartFlags());
        assertThat(docker).contains("NATIVE_LIB_DIR=/var/cache/threatmodel-bot")
                .contains("exec java $JAVA_OPTS -jar /app/threatmodel-bot.jar");
    }

    @Test
    void the_jib_configuration_matches() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        int at = pom.indexOf("<artifactId>jib-maven-plugin</artifactId>");
        assertThat(at).isPositive();
        String jib = pom.substring(at, pom.indexOf("</plugin>", at));
        assertThat(jib).contains("<image>eclipse-temurin:17-jre</image>").contains("<user>10001:10001</user>")
                .contains("<mainClass>${main.class}</mainClass>");
        Matcher m = Pattern.compile("<JAVA_OPTS>([^<]+)</JAVA_OPTS>").matcher(jib);
        assertThat(m.find()).isTrue();
        List<String> flags = new ArrayList<>(List.of(m.group(1).split("\\s+")));
        assertThat(flags).containsAll(chartFlags());
        assertThat(jib).contains("exec java $JAVA_OPTS");
    }
}
