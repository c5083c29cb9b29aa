package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.Component;

/** Stable ids from names: "Amazon S3" → "amazon-s3", "Gather Images Application" → "gather-images-application". */
final class Slugs {
    private Slugs() {}

    static String of(String name) {
        return Component.idOf(name);
    }
}
