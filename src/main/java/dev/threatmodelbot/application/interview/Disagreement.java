package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.QuestionKind;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Conflicts;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The facts one contradiction question is about, as its bank id lists them ({@code conflict:A|B|C…}):
 * the first two are the pair that raised it, older first; later ones joined it because they spoke to
 * the same matter (part and property). Each fact stands with the first claim (side 1) or against it
 * (side 2), so a reply of {@code 1} or {@code 2} settles everyone who said the same.
 */
public record Disagreement(List<String> ids) {

    public Disagreement {
        ids = List.copyOf(ids);
    }

    static Optional<Disagreement> of(Question q) {
        if (!Contradictions.isContradiction(q)) {
            return Optional.empty();
        }
        List<String> ids = Arrays.asList(QuestionKind.CONTRADICTION.keyOf(q.bankId()).split("\\|"));
        return ids.size() < 2 ? Optional.empty() : Optional.of(new Disagreement(ids));
    }

    static Disagreement between(Fact older, Fact newer) {
        return new Disagreement(List.of(older.id(), newer.id()));
    }

    String bankId() {
        return QuestionKind.CONTRADICTION.id(String.join("|", ids));
    }

    boolean lists(Fact f) {
        return ids.contains(f.id());
    }

    Disagreement with(Fact f) {
        if (lists(f)) {
            return this;
        }
        List<String> more = new ArrayList<>(ids);
        more.add(f.id());
        return new Disagreement(more);
    }

    /** The part and property it is about, as "subject:PROPERTY", when its first fact is still known. */
    Optional<String> matter(Session s) {
        return s.context().fact(ids.get(0)).map(Disagreement::matterOf);
    }

    static String matterOf(Fact f) {
        return f.subject() + ":" + f.property();
    }

    /** The facts on side 1 (with the first claim) or side 2 (against it), in the order they were listed. */
    List<Fact> side(Session s, int side) {
        Optional<Fact> first = s.context().fact(ids.get(0));
        if (first.isEmpty()) {
            return List.of();
        }
        return ids.stream().map(id -> s.context().fact(id)).flatMap(Optional::stream)
                .filter(f -> Conflicts.between(first.get(), f) == (side == 2)).toList();
    }

    /** Still worth asking: two listed facts that disagree both stand, and nobody settled them meanwhile. */
    boolean open(Session s) {
        List<Fact> standing = ids.stream().map(id -> s.context().fact(id)).flatMap(Optional::stream)
                .filter(f -> f.status() == FactStatus.STATED).toList();
        return ids.stream().allMatch(id -> s.context().fact(id).isPresent()) && standing.stream()
                .anyMatch(a -> standing.stream().anyMatch(b -> Conflicts.between(a, b)));
    }
}
