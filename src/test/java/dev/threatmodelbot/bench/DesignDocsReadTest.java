package dev.threatmodelbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.bootstrap.Engines;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every design doc in {@code design-docs/} goes through the service's own path (start form, summary back, draft)
 * without an error and comes out as a draft with threats citing what the doc says: the built-in reader must never
 * stop a session, whatever the doc's layout.
 */
class DesignDocsReadTest {

    static Stream<Path> docs() throws IOException, URISyntaxException {
        Path folder = Path.of(DesignDocsReadTest.class.getResource("/design-docs").toURI());
        return Files.list(folder).filter(p -> p.toString().endsWith(".md") && !p.endsWith("README.md")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("docs")
    void should_draft_every_doc_end_to_end(Path doc) throws IOException {
        // when
        ThreatRun.Run run = ThreatRun.run(Engines.fromEnvironment(Map.of()), doc.getFileName().toString(),
                Files.readString(doc));

        // then
        assertThat(run.session().context().components()).isNotEmpty();
        assertThat(run.session().draft()).isPresent();
        assertThat(run.session().draft().orElseThrow().threats()).anyMatch(t -> !t.threat().restsOnSilence());
    }
}
