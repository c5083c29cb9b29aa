package dev.threatmodelbot.adapter.offline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.threatmodelbot.application.port.QuestionBank;
import dev.threatmodelbot.domain.BankQuestion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The offline interviewer's question bank, kept as data in {@code offline/question-bank.yaml}. */
public final class YamlQuestionBank implements QuestionBank {
    private static final Set<String> COVERABLE = coverable();
    private final List<BankQuestion> questions;

    private YamlQuestionBank(List<BankQuestion> questions) {
        this.questions = List.copyOf(questions);
    }

    public static YamlQuestionBank packaged() {
        try (InputStream in = YamlQuestionBank.class.getResourceAsStream("/offline/question-bank.yaml")) {
            if (in == null) {
                throw new IllegalStateException("offline/question-bank.yaml is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static YamlQuestionBank read(InputStream yaml) throws IOException {
        File file = new ObjectMapper(new YAMLFactory()).readValue(yaml, File.class);
        Set<String> ids = new HashSet<>();
        for (Entry e : file.questions()) {
            if (e.id() == null || e.text() == null || e.topic() == null || !ids.add(e.id())) {
                throw new IllegalStateException("question bank entry without id, topic or text, or a repeated id: "
                        + e.id());
            }
            for (String c : e.covers() == null ? List.<String>of() : e.covers()) {
                if (!COVERABLE.contains(c)) {
                    throw new IllegalStateException("question bank entry " + e.id() + " covers '" + c
                            + "', which is neither PARTS, FLOWS nor a security property");
                }
            }
        }
        return new YamlQuestionBank(file.questions().stream()
                .map(e -> new BankQuestion(e.id(), e.topic(), e.text().strip(), e.everyEngineer(),
                        e.covers() == null ? List.of() : e.covers()))
                .toList());
    }

    @Override
    public List<BankQuestion> questions() {
        return questions;
    }

    private static Set<String> coverable() {
        Set<String> names = new HashSet<>(Set.of("PARTS", "FLOWS"));
        for (dev.threatmodelbot.domain.context.Property p : dev.threatmodelbot.domain.context.Property.values()) {
            names.add(p.name());
        }
        return Set.copyOf(names);
    }

    private record File(List<Entry> questions) {}

    private record Entry(String id, String topic, String text, @JsonProperty("every_engineer") boolean everyEngineer,
            List<String> covers) {}
}
