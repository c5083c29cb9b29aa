package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.threat.Severity;
import dev.threatmodelbot.domain.threat.Stride;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** How the words of imported threat models map back to the context model's kinds and values. */
final class ImportWords {
    private ImportWords() {}

    /** A kind from its words as the exports write them ("data store", "data-store", "API", "ML model"). */
    static Optional<ComponentKind> kind(String words) {
        String w = ExportText.slug(words == null ? "" : words, "");
        return Arrays.stream(ComponentKind.values()).filter(k -> ExportText.slug(Shape.of(k).stereotype(), "").equals(w)
                || ExportText.slug(k.name(), "").equals(w)).findFirst();
    }

    /** STRIDE categories named in words or by letter ("Spoofing", "elevation-of-privilege", "E"). */
    static Set<Stride> stride(Iterable<String> names) {
        Set<Stride> out = EnumSet.noneOf(Stride.class);
        for (String n : names) {
            String w = n == null ? "" : n.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_");
            Arrays.stream(Stride.values()).filter(s -> s.name().equals(w) || w.equals(String.valueOf(s.letter())))
                    .forEach(out::add);
        }
        return out;
    }

    /** "critical", "High" (a priority), "elevated" (Threagile's) as a severity. */
    static Optional<Severity> severity(String words) {
        String w = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        return switch (w) {
            case "critical" -> Optional.of(Severity.CRITICAL);
            case "high", "elevated" -> Optional.of(Severity.HIGH);
            case "medium" -> Optional.of(Severity.MEDIUM);
            case "low" -> Optional.of(Severity.LOW);
            default -> Optional.empty();
        };
    }

    /** A transport in the context model's words from tags or protocols: "tls", "plain", or empty when unsaid. */
    static String transport(String said) {
        String w = said == null ? "" : said.strip().toLowerCase(Locale.ROOT);
        if (w.equals("mtls")) {
            return "mtls";
        }
        if (w.equals("tls") || w.equals("https") || w.equals("wss") || w.endsWith("-encrypted") || w.equals("ssh")
                || w.equals("sftp") || w.equals("ldaps") || w.equals("smtp-encrypted")) {
            return "tls";
        }
        if (w.equals("plain") || w.equals("http") || w.equals("ws") || w.equals("binary") || w.equals("ftp")
                || w.equals("ldap") || w.equals("smtp") || w.equals("jdbc") || w.equals("odbc") || w.equals("nosql-access-protocol")
                || w.equals("sql-access-protocol") || w.equals("mqtt") || w.equals("jms")) {
            return "plain";
        }
        return "";
    }
}
