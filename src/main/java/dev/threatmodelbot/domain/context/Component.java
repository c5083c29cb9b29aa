package dev.threatmodelbot.domain.context;

import java.util.List;

/**
 * A part of the system named by at least one source. {@code id} is a stable slug of the name;
 * {@code technology} the catalogue entry it matched (empty string when named only by role).
 */
public record Component(String id, String name, ComponentKind kind, String technology, List<Source> mentions) {

    public Component {
        mentions = List.copyOf(mentions);
    }

    /** The stable id of a name: "Amazon S3" → "amazon-s3", "Gather Images App" → "gather-images-app". */
    public static String idOf(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "component" : slug;
    }
}
