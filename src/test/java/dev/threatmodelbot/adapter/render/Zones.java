package dev.threatmodelbot.adapter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the trust-boundary blocks back out of a diagram's PlantUML source. */
final class Zones {
    private static final Pattern ELEMENT = Pattern.compile("^  \\w+ \"([^\"]*)\" as (e\\d+) .*$", Pattern.MULTILINE);

    private Zones() {}

    /** The aliases of the elements inside the zone with this label, in source order. */
    static List<String> members(String source, String zone) {
        return elements(source, zone, 2);
    }

    /** The escaped labels of the elements inside the zone with this label, in source order. */
    static List<String> labels(String source, String zone) {
        return elements(source, zone, 1);
    }

    private static List<String> elements(String source, String zone, int group) {
        int start = source.indexOf("rectangle \"" + zone + "\" as z");
        if (start < 0) {
            return List.of();
        }
        String block = source.substring(start, source.indexOf("\n}\n", start));
        List<String> found = new ArrayList<>();
        Matcher m = ELEMENT.matcher(block);
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }
}
