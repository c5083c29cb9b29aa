package dev.threatmodelbot.adapter.offline;

import java.text.Normalizer;
import java.util.Locale;

/** Stable ids from names: "Amazon S3" → "amazon-s3", "Gather Images Application" → "gather-images-application". */
final class Slugs {
    private Slugs() {}

    static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "component" : slug;
    }
}
