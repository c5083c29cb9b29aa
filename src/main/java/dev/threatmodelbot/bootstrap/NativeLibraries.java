package dev.threatmodelbot.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding model's native libraries, unpacked once into one folder ({@code NATIVE_LIB_DIR}) and reused by
 * every later start while their contents match the jar's: onnxruntime would otherwise unpack 16 MB into a new
 * temporary folder on every start, and leave it behind when the process is killed. The tokenizer's cache
 * ({@code DJL_CACHE_DIR}) goes under the same folder unless it is set.
 */
final class NativeLibraries {
    private static final Logger LOG = LoggerFactory.getLogger(NativeLibraries.class);
    private static final List<String> ONNX = List.of("libonnxruntime", "libonnxruntime4j_jni");

    private NativeLibraries() {}

    /** Prepares {@code dir} and points the libraries' loaders at it; false when they keep their own ways. */
    static boolean prepare(Path dir) {
        Optional<String> platform = platform();
        if (platform.isEmpty()) {
            return false;
        }
        try {
            Path onnx = dir.resolve("onnxruntime-" + platform.get());
            Files.createDirectories(onnx);
            for (String lib : ONNX) {
                String file = lib + suffix();
                String resource = "/ai/onnxruntime/native/" + platform.get() + "/" + file;
                if (!extract(resource, onnx.resolve(file))) {
                    return false; // not in this jar: onnxruntime finds its own
                }
            }
            System.setProperty("onnxruntime.native.path", onnx.toString());
            if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
                System.setProperty("DJL_CACHE_DIR", dir.resolve("djl").toString());
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("native libraries not unpacked into {} ({}); they go to the temporary folder", dir, e.toString());
            return false;
        }
    }

    /** Copies the resource to {@code target} unless a file with the same contents is there already; streams both. */
    static boolean extract(String resource, Path target) throws IOException {
        Long known = CHECKED.get(target.toAbsolutePath());
        if (known != null && Files.isRegularFile(target) && Files.size(target) == known) {
            return true; // checked by an earlier start in this process
        }
        Optional<String> wanted = digest(NativeLibraries.class.getResourceAsStream(resource));
        if (wanted.isEmpty()) {
            return false;
        }
        if (Files.isRegularFile(target) && digest(Files.newInputStream(target)).equals(wanted)) {
            CHECKED.put(target.toAbsolutePath(), Files.size(target));
            return true;
        }
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try (InputStream in = NativeLibraries.class.getResourceAsStream(resource)) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        CHECKED.put(target.toAbsolutePath(), Files.size(target));
        return true;
    }

    /** For tests: as if the process had just started. */
    static void forget() {
        CHECKED.clear();
    }

    /** Files this process has checked against the jar, with their sizes. */
    private static final java.util.Map<Path, Long> CHECKED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The packaged embedding model and its tokenizer, unpacked into {@code dir} (once, like the libraries): the model
     * is then loaded from the file, not copied through the heap. Empty when the jar does not carry them.
     */
    static Optional<Path[]> model(Path dir) {
        try {
            Path folder = dir.resolve("all-minilm-l6-v2");
            Files.createDirectories(folder);
            Path model = folder.resolve("all-minilm-l6-v2.onnx");
            Path tokenizer = folder.resolve("all-minilm-l6-v2-tokenizer.json");
            if (!extract("/all-minilm-l6-v2.onnx", model) || !extract("/all-minilm-l6-v2-tokenizer.json", tokenizer)) {
                return Optional.empty();
            }
            return Optional.of(new Path[] {model, tokenizer});
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("embedding model not unpacked into {} ({}); it loads from the jar", dir, e.toString());
            return Optional.empty();
        }
    }

    /** SHA-256 of a stream read in pieces (the model is 90 MB); empty when there is no stream. */
    private static Optional<String> digest(InputStream stream) throws IOException {
        if (stream == null) {
            return Optional.empty();
        }
        try (InputStream in = stream) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) != -1) {
                sha.update(buffer, 0, n);
            }
            return Optional.of(HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** onnxruntime's name for this machine ({@code linux-x64}, {@code osx-aarch64}, …), when it ships one. */
    static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.contains("linux") ? "linux" : os.contains("mac") ? "osx" : os.contains("win") ? "win" : "";
        String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : "";
        return o.isEmpty() || a.isEmpty() ? Optional.empty() : Optional.of(o + "-" + a);
    }

    private static String suffix() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.contains("mac") ? ".dylib" : os.contains("win") ? ".dll" : ".so";
    }

}
