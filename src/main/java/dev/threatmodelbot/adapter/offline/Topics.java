package dev.threatmodelbot.adapter.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.threatmodelbot.domain.context.Property;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Example answers per property, and off-topic ones, read from {@code offline/topics.yaml}. */
record Topics(Map<Property, List<String>> examples, List<String> offTopic) {
    static final String NONE = "NONE";
    private static final String RESOURCE = "/offline/topics.yaml";

    Topics {
        examples = Map.copyOf(examples);
        offTopic = List.copyOf(offTopic);
    }

    static Topics packaged() {
        try (InputStream in = Topics.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Topics read(InputStream yaml) throws IOException {
        File file = new ObjectMapper(new YAMLFactory()).readValue(yaml, File.class);
        Map<String, List<String>> raw = file.topics() == null ? Map.of() : file.topics();
        Map<Property, List<String>> examples = new EnumMap<>(Property.class);
        for (Property p : Property.values()) {
            examples.put(p, p.isAnswerTopic() ? nonEmpty(raw, p.name()) : List.of());
        }
        for (String key : raw.keySet()) {
            if (!key.equals(NONE) && examples.keySet().stream().noneMatch(p -> p.name().equals(key))) {
                throw new IllegalStateException("topics.yaml names no such property: " + key);
            }
        }
        return new Topics(examples, nonEmpty(raw, NONE));
    }

    private static List<String> nonEmpty(Map<String, List<String>> raw, String key) {
        List<String> list = raw.get(key);
        if (list == null || list.isEmpty() || list.stream().anyMatch(s -> s == null || s.isBlank())) {
            throw new IllegalStateException("topics.yaml needs non-blank examples for " + key);
        }
        return list.stream().map(String::strip).toList();
    }

    private record File(Map<String, List<String>> topics) {}
}
