package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flows a row of a component table states in its cells, each cell read as a sentence whose subject is the part the
 * row names ("| SQL Runner | … | Runs statements against the Lakehouse |" is SQL Runner → Lakehouse); a part said to
 * live inside another ("Tool `run_sql` inside the Orchestrator") is work the other hands it (Orchestrator → SQL Runner).
 */
final class RowFlows {
    private static final Pattern INSIDE = Pattern.compile("(?i)^[^.;|]{0,40}?\\b(?:inside|within|embedded in|part of"
            + "|runs? (?:as a (?:\\w+ ){0,2})?(?:in|inside))\\s+(?:the\\s+|its\\s+|our\\s+)?$");
    /** Where a part runs, not what calls it. */
    private static final Set<ComponentKind> HOSTS = Set.of(ComponentKind.CONTAINER_PLATFORM, ComponentKind.CDN,
            ComponentKind.LOAD_BALANCER, ComponentKind.EXTERNAL_ENTITY, ComponentKind.CI_CD);

    private RowFlows() {}

    /** The flows a sentence states, and those its table row's cells state that it does not already. */
    static List<Flows.Found> added(List<Flows.Found> flows, Sentence s, FlowTables.Row row, List<Mention> mentions) {
        // a row read whole links words of one cell to names of another ("model calls | EKS"): its cells speak, not the row
        List<Flows.Found> all = new ArrayList<>(subject(s, row, mentions).isPresent() ? List.of() : flows);
        find(s, row, mentions).stream().filter(f -> all.stream().noneMatch(g -> g.source().id().equals(f.source().id())
                && g.target().id().equals(f.target().id()))).forEach(all::add);
        return all;
    }

    /** The part a component table's row names in its name column. */
    static Optional<ComponentRef> subject(Sentence s, FlowTables.Row row, List<Mention> mentions) {
        if (row == null || !row.columns().inventory()) {
            return Optional.empty();
        }
        return row.cell(row.columns().name()).flatMap(n -> mentions.stream()
                .filter(m -> m.start() >= n.start() && m.end() <= n.end()).findFirst()).map(Mention::ref);
    }

    static List<Flows.Found> find(Sentence s, FlowTables.Row row, List<Mention> mentions) {
        Optional<ComponentRef> subject = subject(s, row, mentions);
        if (subject.isEmpty()) {
            return List.of();
        }
        String text = s.analysed();
        Optional<FlowTables.Cell> name = row.cell(row.columns().name());
        ComponentRef part = subject.get();
        List<Flows.Found> found = new ArrayList<>();
        for (FlowTables.Cell cell : row.cells()) {
            if (cell.start() == name.get().start() || cell.end() > text.length()) {
                continue;
            }
            String said = text.substring(cell.start(), cell.end());
            List<Mention> inCell = mentions.stream().filter(m -> m.start() >= cell.start() && m.end() <= cell.end())
                    .map(m -> new Mention(m.ref(), m.start() - cell.start(), m.end() - cell.start())).toList();
            Flows.find(said, inCell, new Flows.Context(Optional.of(part), Optional.empty())).stream()
                    .filter(f -> f.source().id().equals(part.id()) || f.target().id().equals(part.id()))
                    .filter(f -> !found.contains(f)).forEach(found::add);
            inside(said, inCell, part).filter(f -> !found.contains(f)).ifPresent(found::add);
        }
        return found;
    }

    private static Optional<Flows.Found> inside(String said, List<Mention> mentions, ComponentRef part) {
        for (Mention m : mentions) {
            Matcher before = INSIDE.matcher(said.substring(0, m.start()));
            if (before.find() && !m.ref().id().equals(part.id()) && !HOSTS.contains(m.ref().kind())
                    && !m.ref().kind().isDataStore()) {
                return Optional.of(new Flows.Found(m.ref(), part));
            }
        }
        return Optional.empty();
    }
}
