package dev.threatmodelbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The embedding model's native libraries unpacked once into a fixed folder and reused while they match the jar. */
class NativeLibrariesTest {

    @Test
    void unpacks_once_reuses_what_matches_and_replaces_what_does_not() throws Exception {
        Path dir = Path.of("target", "native-test-" + System.nanoTime());
        String before = System.getProperty("onnxruntime.native.path");
        try {
            assertThat(NativeLibraries.prepare(dir)).isTrue();
            Path onnx = dir.resolve("onnxruntime-" + NativeLibraries.platform().orElseThrow());
            assertThat(System.getProperty("onnxruntime.native.path")).isEqualTo(onnx.toString());
            Path lib;
            try (Stream<Path> files = Files.list(onnx)) {
                lib = files.filter(f -> f.getFileName().toString().startsWith("libonnxruntime.")).findFirst().orElseThrow();
            }
            assertThat(Files.size(lib)).isGreaterThan(1_000_000);
            FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
            Files.setLastModifiedTime(lib, old);

            NativeLibraries.forget(); // a new start: the files are compared with the jar's
            assertThat(NativeLibraries.prepare(dir)).isTrue();
            assertThat(Files.getLastModifiedTime(lib)).as("a matching file is reused, not written again").isEqualTo(old);
            try (Stream<Path> files = Files.list(onnx)) {
                assertThat(files.filter(f -> f.toString().endsWith(".part"))).isEmpty();
            }

            byte[] same = Files.readAllBytes(lib);
            same[same.length / 2] ^= 1; // same size, other contents
            Files.write(lib, same);
            NativeLibraries.forget();
            assertThat(NativeLibraries.prepare(dir)).isTrue();
            assertThat(Files.readAllBytes(lib)).as("a damaged file is replaced").isNotEqualTo(same);
            Files.write(lib, new byte[] {1, 2, 3});
            assertThat(NativeLibraries.prepare(dir)).isTrue();
            assertThat(Files.size(lib)).as("a damaged file is replaced").isGreaterThan(1_000_000);
        } finally {
            if (before == null) {
                System.clearProperty("onnxruntime.native.path");
            } else {
                System.setProperty("onnxruntime.native.path", before);
            }
        }
    }
}
