package dev.threatmodelbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threatmodelbot.domain.threat.Stride;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One threat of a case's {@code ground_truth.json}, whatever shape its source gave it: {@code title} +
 * {@code description}, or a threat-composer {@code statement}. {@code stride} may be empty (not given).
 */
record ThreatGroundTruth(String id, String title, String text, Set<Stride> stride) {

    ThreatGroundTruth {
        stride = Set.copyOf(stride);
    }

    static List<ThreatGroundTruth> read(Path json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + json, e);
        }
        List<ThreatGroundTruth> threats = new ArrayList<>();
        for (JsonNode t : root.path("threats")) {
            threats.add(of(t));
        }
        if (threats.isEmpty()) {
            throw new IllegalStateException("no threats[] in " + json);
        }
        return List.copyOf(threats);
    }

    static ThreatGroundTruth of(JsonNode t) {
        String id = t.path("id").asText("");
        String statement = t.path("statement").asText("").strip();
        String title = t.path("title").asText("").strip();
        String description = t.path("description").asText("").strip();
        String text = !statement.isEmpty() ? statement
                : description.isEmpty() ? title : title.isEmpty() ? description : title + ". " + description;
        if (text.isEmpty()) {
            throw new IllegalStateException("ground-truth threat " + id + " has neither statement nor title");
        }
        Set<Stride> stride = EnumSet.noneOf(Stride.class);
        for (JsonNode letter : t.path("stride")) {
            stride.add(Stride.of(letter.asText().strip().charAt(0)));
        }
        return new ThreatGroundTruth(id, title.isEmpty() ? text : title, text, stride);
    }

    /** The title (or statement) cut at a word boundary to about {@code max} characters. */
    String shortTitle(int max) {
        if (title.length() <= max) {
            return title;
        }
        int cut = title.lastIndexOf(' ', max - 1);
        return title.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
