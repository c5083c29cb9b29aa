package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A session as every export reads it: its parts (components in model order, then flow ends no
 * component describes), its flows, its live facts and its draft's threats by number. Everything
 * an export writes comes from here, in this order, so the same session always gives the same file.
 */
final class ExportModel {
    private final Session session;
    private final Map<String, ExportPart> parts = new LinkedHashMap<>();
    private final Map<String, DataFlow> flows = new LinkedHashMap<>();

    private ExportModel(Session session) {
        this.session = session;
        ContextModel model = session.context();
        for (Component c : model.components()) {
            String name = c.name().isBlank() ? c.id() : c.name().strip();
            parts.putIfAbsent(c.id(), new ExportPart(c.id(), name, Optional.of(c), Placement.of(c, model).zone()));
        }
        for (DataFlow f : model.flows()) {
            flows.putIfAbsent(f.id(), f);
            for (String end : List.of(f.source(), f.target())) {
                parts.putIfAbsent(end, new ExportPart(end, end, Optional.empty(), Zone.UNKNOWN));
            }
        }
    }

    static ExportModel of(Session session) {
        return new ExportModel(session);
    }

    Session session() {
        return session;
    }

    ContextModel context() {
        return session.context();
    }

    String system() {
        return session.system().isBlank() ? "Unnamed system" : ExportText.oneLine(session.system());
    }

    String sessionId() {
        return session.id().value();
    }

    Optional<Draft> draft() {
        return session.draft();
    }

    /** "draft v3", or "no draft yet" when only the context model exists. */
    String version() {
        return draft().map(d -> "draft v" + d.version()).orElse("no draft yet");
    }

    /** The draft's date, or the session's start without a draft. */
    LocalDate date() {
        return draft().map(Draft::draftedAt).orElse(session.createdAt()).atZone(ZoneOffset.UTC).toLocalDate();
    }

    List<DraftedThreat> threats() {
        return draft().map(d -> d.threats().stream().sorted(Comparator.comparingInt(DraftedThreat::number))
                .toList()).orElse(List.of());
    }

    List<ExportPart> parts() {
        return List.copyOf(parts.values());
    }

    List<DataFlow> flows() {
        return List.copyOf(flows.values());
    }

    Optional<ExportPart> part(String id) {
        return Optional.ofNullable(parts.get(id));
    }

    Optional<DataFlow> flow(String id) {
        return Optional.ofNullable(flows.get(id));
    }

    /** A subject in words: the part's name, "A → B" for a flow, "the system", else the id itself. */
    String name(String subject) {
        return session.context().nameOf(subject);
    }

    /** Parts and flows a threat is about, in its order, leaving out ids the model does not know. */
    List<String> subjects(dev.threatmodelbot.domain.threat.Threat t) {
        return t.subjects().stream().distinct().filter(s -> parts.containsKey(s) || flows.containsKey(s)).toList();
    }

    /** Facts not superseded that state a value (not merely "described"), in model order. */
    List<Fact> facts(String subject, Property property) {
        return context().factsAbout(subject, property).stream()
                .filter(f -> f.status() != FactStatus.SUPERSEDED && !f.value().equals(Fact.DESCRIBED)).toList();
    }

    /** The distinct values those facts state, lowercased, in the order first stated. */
    List<String> values(String subject, Property property) {
        List<String> values = new ArrayList<>();
        facts(subject, property).stream().map(f -> f.value().strip().toLowerCase(java.util.Locale.ROOT))
                .filter(v -> !values.contains(v)).forEach(values::add);
        return values;
    }

    /** A UUID that only depends on the session and the element: the same element always gets the same id. */
    String uuid(String kind, String key) {
        String name = sessionId() + "\n" + kind + "\n" + key;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
