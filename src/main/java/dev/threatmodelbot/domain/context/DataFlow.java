package dev.threatmodelbot.domain.context;

import java.util.List;

/** Data moving from one component to another, as some source describes it. */
public record DataFlow(String id, String source, String target, String description, List<Source> mentions) {

    public DataFlow {
        mentions = List.copyOf(mentions);
    }

    public static String idOf(String source, String target) {
        return source + "->" + target;
    }
}
