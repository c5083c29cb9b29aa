package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.fail;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.DocSection;
import dev.threatmodelbot.domain.context.DocSections;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared eval cases ({@code eval/cases/<case>/design.md} in the project), read
 * the way the service reads a design doc: section by section, each with what earlier sections named.
 */
final class EvalCases {
    static final Path CASES = Path.of("eval", "cases");
    private static final OfflineFactExtractor EXTRACTOR = OfflineFactExtractor.packaged();

    private EvalCases() {}

    static ContextModel extract(String name) {
        ContextModel model = ContextModel.EMPTY;
        for (DocSection s : DocSections.split(design(name))) {
            Source source = Source.doc("§" + s.number(), "");
            model = merge(model, EXTRACTOR.extract(s.text(), source, model));
        }
        return model;
    }

    static String design(String name) {
        Path design = CASES.resolve(name).resolve("design.md");
        if (!Files.isRegularFile(design)) {
            fail("eval case '%s' is missing: expected %s (the eval cases live in eval/cases in "
                    + "the project)", name, design.toAbsolutePath().normalize());
        }
        try {
            return Files.readString(design);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Name [KIND]" of every component. */
    static List<String> components(ContextModel m) {
        return m.components().stream().map(c -> c.name() + " [" + c.kind() + "]").toList();
    }

    /** "Source name → Target name" of every flow. */
    static List<String> flows(ContextModel m) {
        return m.flows().stream().map(f -> name(m, f.source()) + " → " + name(m, f.target())).toList();
    }

    /** "subject-name PROPERTY=value" of every fact; a flow subject reads "A → B". */
    static List<String> facts(ContextModel m) {
        return m.facts().stream().map(f -> subject(m, f) + " " + f.property() + "=" + f.value()).toList();
    }

    private static String subject(ContextModel m, Fact f) {
        return m.flows().stream().filter(fl -> fl.id().equals(f.subject())).findFirst()
                .map(fl -> name(m, fl.source()) + " → " + name(m, fl.target())).orElse(name(m, f.subject()));
    }

    private static String name(ContextModel m, String id) {
        return m.component(id).map(Component::name).orElse(id);
    }

    private static ContextModel merge(ContextModel a, ContextModel b) {
        Map<String, Component> components = new LinkedHashMap<>();
        a.components().forEach(c -> components.put(c.id(), c));
        b.components().forEach(c -> components.merge(c.id(), c, (x, y) -> new Component(x.id(), x.name(), x.kind(),
                x.technology(), concat(x.mentions(), y.mentions()),
                concat(x.aliases(), y.aliases().stream().filter(n -> !x.aliases().contains(n)).toList()))));
        Map<String, DataFlow> flows = new LinkedHashMap<>();
        a.flows().forEach(f -> flows.put(f.id(), f));
        b.flows().forEach(f -> flows.merge(f.id(), f, (x, y) -> new DataFlow(x.id(), x.source(), x.target(),
                x.description(), concat(x.mentions(), y.mentions()))));
        Map<String, Fact> facts = new LinkedHashMap<>();
        a.facts().forEach(f -> facts.put(f.id(), f));
        b.facts().forEach(f -> facts.putIfAbsent(f.id(), f));
        return new ContextModel(List.copyOf(components.values()), List.copyOf(flows.values()),
                List.copyOf(facts.values()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
