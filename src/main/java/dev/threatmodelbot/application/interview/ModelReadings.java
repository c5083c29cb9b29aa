package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.application.port.LanguageModel;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps of a language model's reading only what the passage itself says: every part, flow and fact
 * must come with a quote of at least {@value #MIN_QUOTE} characters found word for word in the
 * passage; a part must be named in its quote (or already known); a flow must join two parts named
 * near its quote; a fact must be about a part, a flow between parts, or the system, named near its
 * quote (an answer may say "it": its question names the part), and state a value from its
 * property's vocabulary. Whatever fails is dropped, so the model cannot add
 * a component or a property that no one stated. Ids follow the offline engine's, so the same
 * statement read both ways is one fact.
 */
public final class ModelReadings {
    static final int MIN_QUOTE = 12;
    /** How far from its quote a part must be named for a fact or flow to be about it. */
    private static final int NEAR = 300;
    private static final Pattern ARROW = Pattern.compile("\\s*(?:->|→|=>)\\s*");

    private ModelReadings() {}

    static ContextModel accept(LanguageModel.Reading r, String passage, Source source, ContextModel known) {
        String text = normal(passage);
        Map<String, Component> parts = new LinkedHashMap<>();
        for (LanguageModel.Part p : r.components()) {
            if (p.kind() == null || blank(p.name()) || !said(p.quote(), text)) {
                continue;
            }
            Optional<Component> old = knownPart(known, p.name());
            if (old.isEmpty() && !contains(normal(p.quote()), normal(p.name()))) {
                continue;
            }
            String id = old.map(Component::id).orElse(Component.idOf(p.name()));
            String name = old.map(Component::name).orElse(p.name().strip());
            Source quoted = quoting(source, p.quote());
            parts.merge(id, new Component(id, name, p.kind(), p.technology() == null ? "" : p.technology().strip(),
                    List.of(quoted)), (a, b) -> a);
        }
        Map<String, DataFlow> flows = new LinkedHashMap<>();
        for (LanguageModel.Flow f : r.flows()) {
            Optional<String> from = resolve(f.from(), parts, known);
            Optional<String> to = resolve(f.to(), parts, known);
            if (from.isEmpty() || to.isEmpty() || from.equals(to) || !said(f.quote(), text)
                    || !near(text, f.quote(), names(from.get(), parts, known))
                    || !near(text, f.quote(), names(to.get(), parts, known))) {
                continue;
            }
            String id = DataFlow.idOf(from.get(), to.get());
            String description = blank(f.description()) ? f.quote().strip() : f.description().strip();
            flows.putIfAbsent(id, new DataFlow(id, from.get(), to.get(), description,
                    List.of(quoting(source, f.quote()))));
        }
        List<Fact> facts = new ArrayList<>();
        for (LanguageModel.Claim c : r.facts()) {
            if (c.property() == null || c.value() == null || !said(c.quote(), text)) {
                continue;
            }
            String value = c.value().strip().toLowerCase(Locale.ROOT);
            if (!c.property().vocabulary().contains(value)) {
                continue;
            }
            Optional<String> subject = subject(c.subject(), parts, flows, known);
            if (subject.isEmpty() || !(subject.get().equals(Fact.SYSTEM) || source.kind() == Source.Kind.ANSWER
                    || near(text, c.quote(), subjectNames(subject.get(), parts, flows, known)))) {
                continue;
            }
            String id = subject.get() + ":" + c.property() + ":" + value + ":" + source.reference();
            if (facts.stream().noneMatch(f -> f.id().equals(id))) {
                facts.add(new Fact(id, subject.get(), c.property(), value, quoting(source, c.quote()),
                        FactStatus.STATED));
            }
        }
        return new ContextModel(List.copyOf(parts.values()), List.copyOf(flows.values()), facts);
    }

    /** The model's list of instruction-like sentences, kept only where the passage holds them. */
    static List<String> instructionLike(LanguageModel.Reading r, String passage) {
        String text = normal(passage);
        return r.instructionLike().stream().filter(q -> said(q, text)).map(String::strip).toList();
    }

    private static Optional<String> subject(String subject, Map<String, Component> parts, Map<String, DataFlow> flows,
            ContextModel known) {
        if (blank(subject)) {
            return Optional.empty();
        }
        if (subject.strip().equalsIgnoreCase(Fact.SYSTEM) || subject.strip().equalsIgnoreCase("the system")) {
            return Optional.of(Fact.SYSTEM);
        }
        String[] ends = ARROW.split(subject.strip(), 2);
        if (ends.length == 2 && subject.matches(".*(->|→|=>).*")) {
            Optional<String> from = resolve(ends[0], parts, known);
            Optional<String> to = resolve(ends[1], parts, known);
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            String id = DataFlow.idOf(from.get(), to.get());
            boolean exists = flows.containsKey(id) || known.flows().stream().anyMatch(f -> f.id().equals(id));
            return exists ? Optional.of(id) : Optional.empty();
        }
        return resolve(subject, parts, known);
    }

    private static Optional<String> resolve(String name, Map<String, Component> parts, ContextModel known) {
        if (blank(name)) {
            return Optional.empty();
        }
        String id = Component.idOf(name);
        if (parts.containsKey(id)) {
            return Optional.of(id);
        }
        return knownPart(known, name).map(Component::id);
    }

    private static Optional<Component> knownPart(ContextModel known, String name) {
        String id = Component.idOf(name);
        return known.components().stream()
                .filter(c -> c.id().equals(id) || c.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    private static boolean said(String quote, String normalText) {
        if (blank(quote)) {
            return false;
        }
        String q = normal(quote);
        return q.length() >= MIN_QUOTE && contains(normalText, q);
    }

    /** {@code part} occurs in {@code whole} as whole words. */
    private static boolean contains(String whole, String part) {
        return !part.isEmpty() && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])")
                .matcher(whole).find();
    }

    /** One of {@code names} is written within {@link #NEAR} characters of where the quote is. */
    private static boolean near(String normalText, String quote, List<String> names) {
        String q = normal(quote);
        int at = normalText.indexOf(q);
        if (at < 0) {
            return false;
        }
        String around = normalText.substring(Math.max(0, at - NEAR), Math.min(normalText.length(), at + q.length() + NEAR));
        return names.stream().anyMatch(n -> contains(around, normal(n)));
    }

    private static List<String> names(String id, Map<String, Component> parts, ContextModel known) {
        List<String> names = new ArrayList<>();
        Optional.ofNullable(parts.get(id)).ifPresent(c -> names.add(c.name()));
        known.component(id).ifPresent(c -> names.add(c.name()));
        return names;
    }

    private static List<String> subjectNames(String subject, Map<String, Component> parts, Map<String, DataFlow> flows,
            ContextModel known) {
        Optional<DataFlow> flow = Optional.ofNullable(flows.get(subject))
                .or(() -> known.flows().stream().filter(f -> f.id().equals(subject)).findFirst());
        if (flow.isPresent()) {
            List<String> both = new ArrayList<>(names(flow.get().source(), parts, known));
            both.addAll(names(flow.get().target(), parts, known));
            return both;
        }
        return names(subject, parts, known);
    }

    private static Source quoting(Source source, String quote) {
        return new Source(source.kind(), source.reference(), source.author(), source.at(), source.link(),
                quote.strip());
    }

    /** Case, spacing and Markdown emphasis do not matter when checking a quote. */
    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[*_`>\"“”‘’']", "").replaceAll("\\s+", " ").strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
