package dev.threatmodelbot.domain.context;

import java.util.List;
import java.util.Locale;

/**
 * A part of the system named by at least one source. {@code id} is a stable slug of the name;
 * {@code technology} the catalogue entry it matched (empty string when named only by role);
 * {@code aliases} the other names the sources use for the same part ("Amazon RDS PostgreSQL" for
 * "Orders database"), so later text naming any of them lands on it. Sessions stored before aliases
 * existed carry none (a missing list reads as empty).
 */
public record Component(
        String id, String name, ComponentKind kind, String technology, List<Source> mentions, List<String> aliases) {

    public Component {
        mentions = List.copyOf(mentions);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Component(String id, String name, ComponentKind kind, String technology, List<Source> mentions) {
        this(id, name, kind, technology, mentions, List.of());
    }

    /** Whether {@code text} is this part's name or one of its aliases, ignoring case. */
    public boolean isNamed(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return name.strip().toLowerCase(Locale.ROOT).equals(t)
                || aliases.stream().anyMatch(a -> a.strip().toLowerCase(Locale.ROOT).equals(t));
    }

    /** The stable id of a name: "Amazon S3" → "amazon-s3", "Gather Images App" → "gather-images-app". */
    public static String idOf(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "component" : slug;
    }
}
