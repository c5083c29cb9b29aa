package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes the PlantUML source of a context model's data-flow diagram. */
final class DfdSource {
    static final String EMPTY = "No components known yet";
    private static final String RED = "#C00000";
    private static final String ML_STYLE = "#EFE6FF;line:7A4FC4";
    private static final String HEADER = String.join("\n",
            "@startuml",
            "!pragma layout smetana",
            "left to right direction",
            "skinparam shadowing false",
            "skinparam componentStyle rectangle",
            "skinparam roundCorner 14",
            "skinparam defaultFontSize 13",
            "skinparam ArrowColor #404040",
            "skinparam ArrowFontSize 11",
            "skinparam legendBackgroundColor #FFFFFF",
            "skinparam legendFontSize 11",
            "");

    private DfdSource() {}

    static String of(String title, ContextModel model) {
        StringBuilder s = new StringBuilder(HEADER);
        String heading = PlantUmlText.normalise(title).isEmpty() ? "Data-flow diagram" : title;
        s.append("title ").append(PlantUmlText.wrapped(heading, 70, 140)).append('\n');
        List<Node> nodes = Node.of(model);
        if (nodes.isEmpty()) {
            s.append("rectangle \"").append(EMPTY).append("\" as e0\n");
        } else {
            for (Zone zone : Zone.values()) {
                zone(s, zone, nodes.stream().filter(n -> n.in(zone)).toList());
            }
            Map<String, Node> byId = nodes.stream().collect(Collectors.toMap(Node::id, Function.identity()));
            model.flows().stream().sorted(Comparator.comparing(DataFlow::id))
                    .forEach(f -> s.append(arrow(f, byId, model)));
            s.append(legend(nodes.stream().anyMatch(n -> n.shape().machineLearning())));
        }
        return s.append("@enduml\n").toString();
    }

    private static String legend(boolean withMachineLearning) {
        return "legend right\ndashed box: trust boundary\n"
                + "<color:" + RED + ">red dashed arrow</color>: plain or disputed transport\n"
                + (withMachineLearning ? "<color:#7A4FC4>purple</color>: machine-learning part\n" : "")
                + "endlegend\n";
    }

    private static void zone(StringBuilder s, Zone zone, List<Node> members) {
        if (members.isEmpty()) {
            return;
        }
        s.append("rectangle \"").append(zone.label()).append("\" as z").append(zone.ordinal() + 1)
                .append(' ').append(zone.style()).append(" {\n");
        members.forEach(n -> s.append("  ").append(element(n)).append('\n'));
        s.append("}\n");
    }

    private static String element(Node n) {
        String style = n.shape().machineLearning() ? " " + ML_STYLE : "";
        return n.shape().keyword() + " \"" + n.label() + "\" as " + n.alias() + " <<" + n.shape().stereotype() + ">>"
                + style;
    }

    private static String arrow(DataFlow flow, Map<String, Node> byId, ContextModel model) {
        Transport transport = Transport.of(flow.id(), model);
        String colour = transport.risky() ? RED : transport.known() ? "#404040" : "#808080";
        String line = transport.risky() ? " -[" + RED + ",dashed,thickness=2]-> " : " --> ";
        String description = PlantUmlText.normalise(flow.description());
        String label = (description.isEmpty() ? "" : PlantUmlText.wrapped(description, 28, 60) + PlantUmlText.BREAK)
                + "<color:" + colour + ">" + PlantUmlText.escape(transport.label()) + "</color>";
        return byId.get(flow.source()).alias() + line + byId.get(flow.target()).alias() + " : " + label + "\n";
    }
}
