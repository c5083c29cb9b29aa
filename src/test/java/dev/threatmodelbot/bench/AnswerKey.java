package dev.threatmodelbot.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.threatmodelbot.domain.threat.AttackClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A case's answer key ({@code bench/answer-keys/<case>.yaml}, format in its README): the system's
 * real elements with their other names, its real data flows, and for each ground-truth threat the
 * element(s) it is about and its attack class.
 */
record AnswerKey(String caseName, List<Element> elements, List<KeyFlow> flows, List<KeyThreat> threats) {

    /** One real part; {@code note} says when only the ground truth names it. */
    record Element(String id, String name, String kind, List<String> aliases, String note) {
        Element {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }

        /** Every name in normal form. */
        Set<String> names() {
            return Stream.concat(Stream.of(name), aliases.stream()).map(AnswerKey::normal).collect(Collectors.toSet());
        }
    }

    record KeyFlow(String from, String to, String data) {}

    /** {@code also}: a second class the threat names. */
    record KeyThreat(String id, List<String> elements, String attack, List<String> also, String why) {
        KeyThreat {
            also = also == null ? List.of() : List.copyOf(also);
        }

        Set<String> classes() {
            return Stream.concat(Stream.of(attack), also.stream()).collect(Collectors.toSet());
        }
    }

    private record File(String caseName, List<Element> elements, List<KeyFlow> flows, List<Raw> threats) {}

    private record Raw(String id, List<String> elements, String klass, List<String> also, String why) {}

    static AnswerKey read(Path yaml) {
        try {
            var tree = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
            ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
            List<Element> elements = List.of(json.treeToValue(tree.path("elements"), Element[].class));
            List<KeyFlow> flows = List.of(json.treeToValue(tree.path("flows"), KeyFlow[].class));
            List<KeyThreat> threats = new java.util.ArrayList<>();
            for (var t : tree.path("threats")) {
                List<String> also = t.has("also") ? List.of(json.treeToValue(t.get("also"), String[].class)) : List.of();
                threats.add(new KeyThreat(t.path("id").asText(), List.of(json.treeToValue(t.get("elements"),
                        String[].class)), t.path("class").asText(), also, t.path("why").asText("")));
            }
            AnswerKey key = new AnswerKey(tree.path("case").asText(), elements, flows, threats);
            key.check(yaml);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + yaml, e);
        }
    }

    private void check(Path yaml) {
        Set<String> ids = elements.stream().map(Element::id).collect(Collectors.toSet());
        for (KeyThreat t : threats) {
            if (!ids.containsAll(t.elements()) || t.elements().isEmpty()) {
                throw new IllegalStateException(yaml + ": threat " + t.id() + " names an unknown element");
            }
            for (String c : t.classes()) {
                if (AttackClass.of(c).isEmpty()) {
                    throw new IllegalStateException(yaml + ": threat " + t.id() + " has no such class " + c);
                }
            }
        }
        for (KeyFlow f : flows) {
            if (!ids.contains(f.from()) || !ids.contains(f.to())) {
                throw new IllegalStateException(yaml + ": flow " + f.from() + " → " + f.to() + " names an unknown element");
            }
        }
    }

    /** Lower case, words only, no leading article or cloud vendor: "The AWS CodeCommit" → "codecommit". */
    static String normal(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        s = s.startsWith("the ") ? s.substring(4) : s;
        return s.replaceFirst("^(?:aws|amazon|azure|microsoft|google cloud|google|gcp) (?=\\S)", "");
    }
}
