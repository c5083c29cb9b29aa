package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SharedDoc;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.ImportedModel;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.context.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An existing threat model taken in as a starting point: its parts, flows and what it states of them
 * (exposure, encryption at rest, transport, authentication) join the context model, each cited as
 * "<file> §model"; its threats are kept with the file for the next draft to compare. A part it names
 * that the session knows by name or alias is that part. What the model states counts half until
 * someone confirms it (it may have changed since), so the interview asks about it confirm-style and
 * about what it does not say from scratch. Sharing the file again replaces what the earlier copy said.
 */
final class ImportSeed {
    private ImportSeed() {}

    static Session seed(Session s, SharedDoc doc, ImportedModel model) {
        String cite = doc.cite(Source.MODEL_SECTION);
        ContextModel known = s.context();
        Map<String, String> ids = new LinkedHashMap<>();
        List<Component> parts = new ArrayList<>();
        List<DataFlow> flows = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (ImportedModel.Part p : model.parts()) {
            String id = id(known, p.name(), ids);
            String kind = p.kind().map(Summary::kind).orElse("part");
            Source said = Source.doc(cite, p.name() + ": " + kind + (p.technology().isEmpty() ? "" : " (" + p.technology()
                    + ")"));
            parts.add(new Component(id, p.name(), p.kind().orElse(ComponentKind.PROCESS), p.technology(), List.of(said),
                    List.of()));
            fact(facts, id, Property.EXPOSURE, p.exposure(), Source.doc(cite, p.name() + ": "
                    + (p.exposure().equals("public") ? "reachable from the internet" : "internal only")));
            fact(facts, id, Property.ENCRYPTION_AT_REST, p.encryption(), Source.doc(cite, p.name() + ": "
                    + (p.encryption().equals("none") ? "not encrypted at rest" : "encrypted at rest")));
        }
        for (ImportedModel.Flow f : model.flows()) {
            String from = id(known, f.source(), ids);
            String to = id(known, f.target(), ids);
            for (String[] end : new String[][] {{from, f.source()}, {to, f.target()}}) {
                if (parts.stream().noneMatch(c -> c.id().equals(end[0])) && known.component(end[0]).isEmpty()) {
                    parts.add(new Component(end[0], end[1], ComponentKind.PROCESS, "", List.of(Source.doc(cite,
                            f.source() + " → " + f.target())), List.of()));
                }
            }
            String line = f.source() + " → " + f.target() + (f.description().isEmpty() ? "" : ": " + f.description());
            DataFlow flow = new DataFlow(DataFlow.idOf(from, to), from, to, f.description(), List.of(Source.doc(cite, line)));
            flows.add(flow);
            fact(facts, flow.id(), Property.TRANSPORT, f.transport(), Source.doc(cite, f.source() + " → " + f.target()
                    + ": " + (f.transport().equals("plain") ? "plain, unencrypted" : f.transport().toUpperCase(Locale.ROOT))));
            fact(facts, flow.id(), Property.AUTHENTICATION, f.authentication(), Source.doc(cite, f.source() + " → "
                    + f.target() + ": authenticates with " + f.authentication()));
        }
        Set<String> fresh = new HashSet<>();
        facts.forEach(x -> fresh.add(x.id()));
        Map<String, FactStatus> unsaid = new LinkedHashMap<>();
        known.facts().stream().filter(x -> x.source().reference().equals(cite) && !fresh.contains(x.id())
                && x.status() != FactStatus.SUPERSEDED).forEach(x -> unsaid.put(x.id(), FactStatus.SUPERSEDED));
        ContextModel seeded = known.withStatus(unsaid).merge(new ContextModel(parts, flows, facts));
        return s.withContext(seeded).withDocuments(ds -> {
            ds.removeIf(d -> d.name().equalsIgnoreCase(doc.name()));
            ds.add(doc);
            return ds;
        });
    }

    /** The id of the part named so: the session's part of that name or alias, else one made from the name. */
    private static String id(ContextModel known, String name, Map<String, String> ids) {
        return ids.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> known.components().stream()
                .filter(c -> c.isNamed(name)).map(Component::id).findFirst().orElseGet(() -> {
                    String id = Component.idOf(name);
                    // a name with no Latin letter or digit ("注文サービス") gets one of its own, not the shared fallback
                    return id.equals("component") && !name.equalsIgnoreCase("component")
                            ? "component-" + Integer.toHexString(name.hashCode()) : id;
                }));
    }

    private static void fact(List<Fact> facts, String subject, Property property, String value, Source source) {
        if (!value.isEmpty()) {
            facts.add(new Fact(subject + ":" + property + ":" + value + ":" + source.reference(), subject, property,
                    value, source, FactStatus.STATED));
        }
    }

    /** What the thread is told once a shared file's model is read. */
    static String read(String user, SharedDoc doc, ImportedModel model, boolean replaces) {
        return "Thanks " + dev.threatmodelbot.domain.Mentions.of(user) + " — *"
                + dev.threatmodelbot.domain.Mentions.inert(doc.name()) + "* is " + what(model)
                + (replaces ? ", replacing the copy shared before" : "") + ". " + plan(doc);
    }

    /** What the thread is told when the start form held a model instead of a design doc. */
    static String pasted(SharedDoc doc, ImportedModel model) {
        return "The start form holds " + what(model) + ". " + plan(doc);
    }

    private static String what(ImportedModel model) {
        return "a " + model.format() + " threat model" + model.date().map(d -> " dated " + d).orElse("") + ": "
                + count(model.parts().size(), "part") + ", " + count(model.flows().size(), "data flow") + " and "
                + count(model.threats().size(), "threat");
    }

    private static String plan(SharedDoc doc) {
        return "I'll start from it: I ask about what it doesn't say, and ask you to confirm what it does (it may "
                + "have changed since). The next draft shows which of its threats still hold, which are new and which "
                + "no longer apply. I'll cite it as _" + dev.threatmodelbot.domain.Mentions.inert(doc.cite(Source.MODEL_SECTION))
                + "_.";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

}
