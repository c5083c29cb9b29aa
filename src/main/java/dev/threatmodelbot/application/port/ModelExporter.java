package dev.threatmodelbot.application.port;

import dev.threatmodelbot.domain.Session;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes a session's threat model (its context model and latest draft with decisions) as a file. */
public interface ModelExporter {

    /** The formats, with the file extension each is written as. */
    enum Format {
        MARKDOWN("md"),
        THREAGILE("yaml"),
        OTM("otm.json"),
        THREAT_COMPOSER("tc.json"),
        /** Threagile's classic input (threagile_version 1.0.0 releases, v0.9.x): asked for by name only. */
        THREAGILE_CLASSIC("threagile-classic.yaml");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The files an export without a format attaches: one per tool, Threagile in its current format. */
        public static List<Format> everyTool() {
            return List.of(MARKDOWN, THREAGILE, OTM, THREAT_COMPOSER);
        }

        /** "markdown", "md", "threagile", "threagile-classic", "otm", "threat-composer", "threatcomposer", "tc". */
        public static Optional<Format> named(String name) {
            String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            switch (n) {
                case "markdown":
                case "md":
                    return Optional.of(MARKDOWN);
                case "threagile":
                    return Optional.of(THREAGILE);
                case "threagileclassic":
                case "classicthreagile":
                    return Optional.of(THREAGILE_CLASSIC);
                case "otm":
                case "openthreatmodel":
                    return Optional.of(OTM);
                case "threatcomposer":
                case "tc":
                    return Optional.of(THREAT_COMPOSER);
                default:
                    return Optional.empty();
            }
        }
    }

    /** The file's text; the session has a draft. */
    String export(Session session, Format format);
}
