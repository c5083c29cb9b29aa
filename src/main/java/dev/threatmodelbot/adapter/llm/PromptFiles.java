package dev.threatmodelbot.adapter.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The prompt files: from {@code PROMPTS_DIR} when it holds the file, else the packaged {@code prompts/}. */
public final class PromptFiles {
    private final Optional<Path> dir;

    public PromptFiles(Optional<Path> dir) {
        this.dir = dir;
    }

    /** The text of prompt file {@code name}, e.g. "extract-facts.md". */
    public String read(String name) {
        try {
            if (dir.isPresent() && Files.isRegularFile(dir.get().resolve(name))) {
                return Files.readString(dir.get().resolve(name), StandardCharsets.UTF_8);
            }
            try (InputStream in = PromptFiles.class.getClassLoader().getResourceAsStream("prompts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("prompt file prompts/" + name + " is missing from the package");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt " + name, e);
        }
    }
}
