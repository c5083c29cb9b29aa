package dev.threatmodelbot.adapter.offline;

import static java.util.Map.entry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.threatmodelbot.domain.context.Property;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security-property patterns, kept as data in {@code offline/security-patterns.yaml}. A rule says
 * which property and value its regexes state, which value holds when a negation governs the match
 * ({@code negated}; without it a denied match states nothing), and whether it only speaks of data
 * stores ({@code requires: data-store}, for a bare "encrypted"). A rule without {@code value}
 * speaks only when denied ("no authentication"). Values come from the vocabularies of
 * {@link Property}; loading fails on any other.
 */
final class SecurityPatterns {
    static final Map<Property, Set<String>> VOCABULARY = vocabulary();

    private static Map<Property, Set<String>> vocabulary() {
        Map<Property, Set<String>> all = new java.util.EnumMap<>(Property.class);
        for (Property p : Property.values()) {
            all.put(p, Set.copyOf(p.vocabulary()));
        }
        return Map.copyOf(all);
    }

    private final List<Rule> rules;

    private SecurityPatterns(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** One rule of the file. */
    record Rule(Property property, Optional<String> value, Optional<String> negated, boolean dataStoreOnly,
            List<Pattern> regex) {}

    /** A property a sentence states, where it says it. */
    record Hit(Property property, String value, boolean dataStoreOnly, int start, int end) {}

    static SecurityPatterns packaged() {
        try (InputStream in = SecurityPatterns.class.getResourceAsStream("/offline/security-patterns.yaml")) {
            if (in == null) {
                throw new IllegalStateException("offline/security-patterns.yaml is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SecurityPatterns read(InputStream yaml) throws IOException {
        File file = new ObjectMapper(new YAMLFactory()).readValue(yaml, File.class);
        List<Rule> rules = new ArrayList<>();
        for (Raw r : file.patterns()) {
            rules.add(rule(r));
        }
        return new SecurityPatterns(rules);
    }

    private static Rule rule(Raw r) {
        boolean saysNothing = r.value() == null && r.negated() == null;
        if (r.property() == null || r.regex() == null || r.regex().isEmpty() || saysNothing) {
            throw new IllegalStateException("security pattern without property, regex or any value: " + r);
        }
        for (String v : new String[] {r.value(), r.negated()}) {
            if (v != null && !VOCABULARY.get(r.property()).contains(v)) {
                throw new IllegalStateException(r.property() + " has no value '" + v + "' (see Property)");
            }
        }
        if (r.requires() != null && !r.requires().equals("data-store")) {
            throw new IllegalStateException("unknown requirement: " + r.requires());
        }
        List<Pattern> regex = r.regex().stream()
                .map(x -> Pattern.compile(x, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
        return new Rule(r.property(), Optional.ofNullable(r.value()), Optional.ofNullable(r.negated()),
                r.requires() != null, regex);
    }

    /** Every property the text states, negation applied, in text order. */
    List<Hit> find(String text) {
        return find(text, false);
    }

    /**
     * Every property the text states, negation applied, in text order; in a list of {@code gap}s
     * ({@link Gaps}) a control it names is one that is missing, and only what describes the system
     * (its data, its exposure, what it takes in) or a weakness keeps its plain reading.
     */
    List<Hit> find(String text, boolean gap) {
        List<Hit> hits = new ArrayList<>();
        for (Rule rule : rules) {
            for (Pattern p : rule.regex()) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    boolean denied = Negation.denies(text, m.start(), m.end())
                            && !Negation.restricts(text, m.end()); // "cannot log in as another team" is a control
                    Optional<String> value = denied ? rule.negated() : gap ? missing(rule) : rule.value();
                    value.ifPresent(v ->
                            hits.add(new Hit(rule.property(), v, rule.dataStoreOnly(), m.start(), m.end())));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static final Set<Property> DESCRIBING = Set.of(Property.DATA_CLASSIFICATION, Property.EXPOSURE,
            Property.EXTERNAL_CONTENT, Property.DATA_PROVENANCE, Property.MODEL_SOURCE, Property.SECRETS,
            Property.TOOL_ACCESS);
    private static final Set<String> WEAK = Set.of("none", "plain");

    /** What a rule's match states where the text lists gaps: the control absent, or nothing. */
    private static Optional<String> missing(Rule rule) {
        if (DESCRIBING.contains(rule.property()) || rule.value().filter(WEAK::contains).isPresent()) {
            return rule.value();
        }
        return rule.negated();
    }

    private record File(List<Raw> patterns) {}

    private record Raw(Property property, String value, String negated, String requires, List<String> regex) {}
}
