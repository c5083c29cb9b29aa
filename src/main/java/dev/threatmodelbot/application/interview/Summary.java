package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.application.Subjects;
import dev.threatmodelbot.domain.Mentions;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Coverage;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.context.Rating;
import dev.threatmodelbot.domain.context.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The summary back: what the bot understood, for the engineers to correct before anything is
 * drafted. Only what some source said; what nobody said — asked without an answer, or left unasked
 * when the question budget ran out — is listed as an open assumption, weightiest first.
 */
public final class Summary {
    private static final int MAX_LINES = 12;

    private Summary() {}

    /** The session with its interview done: a closing word, the summary and the diagram queued. */
    static Session gathered(Session s, String closing, java.time.Instant at) {
        return s.withState(dev.threatmodelbot.domain.SessionState.GATHERED, at)
                .say(dev.threatmodelbot.domain.Outbound.thread("all-done", closing))
                .say(dev.threatmodelbot.domain.Outbound.thread("summary", text(s)))
                .say(dev.threatmodelbot.domain.Outbound.diagram("diagram",
                        "Data-flow diagram of *" + s.system() + "* as I understand it."));
    }

    static String text(Session s) {
        ContextModel m = s.context();
        List<String> out = new ArrayList<>();
        out.add("*Here is what I understood about " + Mentions.inert(s.system())
                + "* — if anything is wrong or missing, just reply here.");
        out.add("*Parts* (" + m.components().size() + "): " + list(m.components().stream()
                .map(c -> c.name() + " (" + kind(c.kind()) + ")").toList()));
        out.add("*Data flows* (" + m.flows().size() + "): " + list(m.flows().stream()
                .map(f -> Subjects.name(m, f.id()) + transport(m, f)).toList()));
        out.add("*Sensitive data*: " + list(values(m, Property.DATA_CLASSIFICATION)));
        out.add("*Entry points*: " + list(entryPoints(m)));
        out.add("*Trust boundaries*: " + boundaries(m));
        out.add("*Who might attack it*: " + list(attackers(m)));
        out.add("*Open assumptions*: " + list(assumptions(s)));
        out.add("_When this looks right, " + dev.threatmodelbot.domain.Mentions.of(s.lead()) + " can run "
                + "`/threatmodel draft " + s.id() + "` to draft the threat model for review._");
        return String.join("\n", out);
    }

    private static String list(List<String> items) {
        if (items.isEmpty()) {
            return "_none known yet_";
        }
        String shown = items.stream().limit(MAX_LINES).map(i -> "\n  • " + i).collect(Collectors.joining());
        return items.size() > MAX_LINES ? shown + "\n  • …and " + (items.size() - MAX_LINES) + " more" : shown;
    }

    private static String transport(ContextModel m, DataFlow f) {
        List<String> values = live(m, f.id(), Property.TRANSPORT);
        return values.isEmpty() ? "" : " — " + String.join(" / ", values);
    }

    private static List<String> live(ContextModel m, String subject, Property p) {
        return m.factsAbout(subject, p).stream().filter(f -> f.status() != FactStatus.SUPERSEDED)
                .map(Fact::value).distinct().toList();
    }

    private static List<String> values(ContextModel m, Property p) {
        return m.facts().stream().filter(f -> f.property() == p && f.status() != FactStatus.SUPERSEDED)
                .map(f -> f.value() + " (" + Subjects.name(m, f.subject()) + ")").distinct().toList();
    }

    private static List<String> entryPoints(ContextModel m) {
        return m.components().stream().filter(c -> live(m, c.id(), Property.EXPOSURE).contains("public")
                        || c.kind() == ComponentKind.API_GATEWAY || c.kind() == ComponentKind.WEB_APP
                        || c.kind() == ComponentKind.CDN || c.kind() == ComponentKind.LOAD_BALANCER)
                .map(Component::name).toList();
    }

    private static String boundaries(ContextModel m) {
        List<String> internet = byExposure(m, "public");
        List<String> inside = new ArrayList<>(byExposure(m, "internal"));
        inside.addAll(byExposure(m, "vpn"));
        List<String> external = m.components().stream().filter(c -> c.kind() == ComponentKind.EXTERNAL_SERVICE
                || c.kind() == ComponentKind.EXTERNAL_ENTITY || c.kind() == ComponentKind.IDENTITY_PROVIDER)
                .map(Component::name).toList();
        return "internet-facing: " + names(internet) + "; private network: " + names(inside)
                + "; outside parties: " + names(external);
    }

    private static List<String> byExposure(ContextModel m, String value) {
        return m.components().stream().filter(c -> live(m, c.id(), Property.EXPOSURE).contains(value))
                .map(Component::name).toList();
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "_unknown_" : String.join(", ", names);
    }

    private static List<String> attackers(ContextModel m) {
        List<String> who = new ArrayList<>();
        if (!entryPoints(m).isEmpty()) {
            who.add("anyone on the internet who can reach an entry point");
        }
        who.add("a signed-in user trying to reach data that isn't theirs");
        who.add("an insider or a stolen employee account");
        if (m.components().stream().anyMatch(c -> c.kind() == ComponentKind.EXTERNAL_SERVICE
                || c.kind() == ComponentKind.IDENTITY_PROVIDER)) {
            who.add("a compromised third-party service");
        }
        if (m.components().stream().anyMatch(c -> c.kind().isMachineLearning())) {
            who.add("someone feeding crafted input to the ML/LLM parts");
        }
        return who;
    }

    private static List<String> assumptions(Session s) {
        ContextModel m = s.context();
        List<String> open = new ArrayList<>();
        m.facts().stream().filter(f -> f.status() == FactStatus.CONTRADICTED)
                .map(f -> Subjects.name(m, f.subject()) + " — " + f.property().words() + ": sources disagree ("
                        + f.value() + "?)")
                .distinct().forEach(open::add);
        Coverage coverage = Judge.of(s);
        for (Topic t : coverage.topics()) {
            if (t.rating() == Rating.ASSUMED) {
                open.add(t.subjectName() + " — " + t.property().words() + ": asked, no answer");
            } else if (t.rating() == Rating.MISSING && t.weight() >= GapQuestions.MIN_WEIGHT_TO_ASK) {
                open.add(t.subjectName() + " — " + t.property().words() + ": unknown, not asked");
            } else if (t.rating() == Rating.PARTIAL && t.weight() >= GapQuestions.MIN_WEIGHT_TO_ASK
                    && !coverage.settled(t)) {
                open.add(t.subjectName() + " — " + t.property().words() + ": only partly known");
            }
        }
        return open;
    }

    /** "api", "data store": a kind as the summary and the imported model's citations name it. */
    static String kind(ComponentKind k) {
        return k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
