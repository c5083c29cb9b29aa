package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.application.port.BotException;
import dev.threatmodelbot.domain.Answer;
import dev.threatmodelbot.domain.Comment;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.Draft;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a session lies in its Redis hash. What grows with the conversation is one field per element, so that
 * saving after one more answer writes that answer and not the others: questions {@code q:<i>}, answers
 * {@code a:<i>}, comments {@code c:<i>}, facts {@code f:<i>}, parts {@code p:<i>} and flows {@code w:<i>}
 * (each without its mentions), their mentions {@code pm:<i>:<j>} and {@code wm:<i>:<j>}, and the applied
 * event keys {@code e:<n>}, numbered on across the window the session keeps, so that one more key leaves the
 * others where they are. The design doc ({@code design}) and the draft ({@code draft}) are fields of their
 * own; {@code doc} holds the rest with the size of every list; {@code rev} names the hash's revision.
 */
final class SessionLayout {
    static final String DOC = "doc";
    static final String DESIGN = "design";
    static final String DRAFT = "draft";
    static final String REV = "rev";
    static final String HANDLED = "e";

    /** What {@code doc} holds: the session without the parts stored apart, and how many of each there are. */
    record Doc(Session session, Map<String, Integer> sizes, long handledFrom) {}

    private SessionLayout() {}

    /**
     * The fields of {@code s}, its applied event keys numbered from {@code handledFrom}. Values are what is
     * stored: strings as they are, anything else as JSON.
     */
    static Map<String, Object> fields(Session s, long handledFrom) {
        Map<String, Object> out = new LinkedHashMap<>();
        list(out, "q", s.questions());
        list(out, "a", s.answers());
        list(out, "c", s.comments());
        ContextModel context = s.context();
        list(out, "f", context.facts());
        list(out, "p", context.components().stream().map(SessionLayout::shell).toList());
        list(out, "w", context.flows().stream().map(SessionLayout::shell).toList());
        for (int i = 0; i < context.components().size(); i++) {
            list(out, "pm:" + i, context.components().get(i).mentions());
        }
        for (int i = 0; i < context.flows().size(); i++) {
            list(out, "wm:" + i, context.flows().get(i).mentions());
        }
        List<String> handled = s.handledEvents();
        for (int i = 0; i < handled.size(); i++) {
            out.put(HANDLED + ":" + (handledFrom + i), handled.get(i));
        }
        out.put(DESIGN, s.designDoc());
        s.draft().ifPresent(d -> out.put(DRAFT, d));
        out.put(DOC, doc(s, handledFrom));
        return out;
    }

    /** The {@code doc} field of {@code s}, its applied event keys numbered from {@code handledFrom}. */
    static String doc(Session s, long handledFrom) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        size(sizes, "q", s.questions());
        size(sizes, "a", s.answers());
        size(sizes, "c", s.comments());
        ContextModel context = s.context();
        size(sizes, "f", context.facts());
        size(sizes, "p", context.components());
        size(sizes, "w", context.flows());
        for (int i = 0; i < context.components().size(); i++) {
            size(sizes, "pm:" + i, context.components().get(i).mentions());
        }
        for (int i = 0; i < context.flows().size(); i++) {
            size(sizes, "wm:" + i, context.flows().get(i).mentions());
        }
        size(sizes, HANDLED, s.handledEvents());
        return Json.write(new Doc(core(s), sizes, handledFrom));
    }

    /** A part without its mentions, which are stored apart. */
    static Component shell(Component c) {
        return c.mentions().isEmpty() ? c
                : new Component(c.id(), c.name(), c.kind(), c.technology(), List.of(), c.aliases());
    }

    /** A flow without its mentions, which are stored apart. */
    static DataFlow shell(DataFlow f) {
        return f.mentions().isEmpty() ? f : new DataFlow(f.id(), f.source(), f.target(), f.description(), List.of());
    }

    /** Whether {@code field} is one of the fields {@code doc} describes (others are left over, to be removed). */
    static boolean describes(Doc doc, String field, boolean hasDraft) {
        if (field.equals(DOC) || field.equals(DESIGN) || field.equals(REV)) {
            return true;
        }
        if (field.equals(DRAFT)) {
            return hasDraft;
        }
        int colon = field.lastIndexOf(':');
        if (colon < 0) {
            return false;
        }
        long n;
        try {
            n = Long.parseLong(field.substring(colon + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        String list = field.substring(0, colon);
        long from = list.equals(HANDLED) ? doc.handledFrom() : 0;
        return n >= from && n < from + doc.sizes().getOrDefault(list, 0);
    }

    /** Where {@code after}'s applied event keys start, so that the keys it shares with {@code before} keep their numbers. */
    static long handledFrom(List<String> before, long beforeFrom, List<String> after) {
        int at = after.isEmpty() ? -1 : before.indexOf(after.get(0));
        if (at >= 0) {
            int overlap = Math.min(after.size(), before.size() - at);
            if (after.subList(0, overlap).equals(before.subList(at, at + overlap))) {
                return beforeFrom + at;
            }
        }
        return beforeFrom + before.size();
    }

    /** The {@code doc} field of a hash. */
    static Doc doc(Map<String, String> hash) {
        return Json.read(required(hash, DOC), Doc.class);
    }

    /** The session a hash holds; {@code doc} is its {@code doc} field read. */
    static Session session(Map<String, String> hash, Doc doc) {
        Map<String, Integer> sizes = doc.sizes();
        List<Component> parts = new ArrayList<>();
        List<Component> shells = elements(hash, sizes, "p", Component.class);
        for (int i = 0; i < shells.size(); i++) {
            Component c = shells.get(i);
            parts.add(new Component(c.id(), c.name(), c.kind(), c.technology(),
                    elements(hash, sizes, "pm:" + i, Source.class), c.aliases()));
        }
        List<DataFlow> flows = new ArrayList<>();
        List<DataFlow> flowShells = elements(hash, sizes, "w", DataFlow.class);
        for (int i = 0; i < flowShells.size(); i++) {
            DataFlow f = flowShells.get(i);
            flows.add(new DataFlow(f.id(), f.source(), f.target(), f.description(),
                    elements(hash, sizes, "wm:" + i, Source.class)));
        }
        List<String> handled = new ArrayList<>();
        for (long n = doc.handledFrom(); n < doc.handledFrom() + sizes.getOrDefault(HANDLED, 0); n++) {
            handled.add(required(hash, HANDLED + ":" + n));
        }
        Session c = doc.session();
        return new Session(c.id(), c.system(), c.channel(), c.requester(), c.lead(), c.engineers(),
                hash.getOrDefault(DESIGN, ""), c.jiraProject(), c.deadline(), c.state(), c.createdAt(), c.closedAt(),
                c.kickoffId(), elements(hash, sizes, "q", Question.class), elements(hash, sizes, "a", Answer.class),
                elements(hash, sizes, "c", Comment.class), c.outbox(), handled,
                new ContextModel(parts, flows, elements(hash, sizes, "f", Fact.class)), c.documents(), c.usage(),
                Optional.ofNullable(hash.get(DRAFT)).map(json -> Json.read(json, Draft.class)), c.tickets());
    }

    /** The session without what is stored apart: no elements of the growing lists, no design doc, no draft. */
    private static Session core(Session s) {
        return new Session(s.id(), s.system(), s.channel(), s.requester(), s.lead(), s.engineers(), "",
                s.jiraProject(), s.deadline(), s.state(), s.createdAt(), s.closedAt(), s.kickoffId(), List.of(),
                List.of(), List.of(), s.outbox(), List.of(), ContextModel.EMPTY, s.documents(), s.usage(),
                Optional.empty(), s.tickets());
    }

    private static void size(Map<String, Integer> sizes, String name, List<?> elements) {
        if (!elements.isEmpty()) {
            sizes.put(name, elements.size());
        }
    }

    private static void list(Map<String, Object> out, String name, List<?> elements) {
        for (int i = 0; i < elements.size(); i++) {
            out.put(name + ":" + i, elements.get(i));
        }
    }

    private static <T> List<T> elements(Map<String, String> hash, Map<String, Integer> sizes, String name,
            Class<T> type) {
        int size = sizes.getOrDefault(name, 0);
        List<T> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(Json.read(required(hash, name + ":" + i), type));
        }
        return out;
    }

    private static String required(Map<String, String> hash, String field) {
        String value = hash.get(field);
        if (value == null) {
            throw new BotException("stored session has no field " + field, false, null);
        }
        return value;
    }
}
