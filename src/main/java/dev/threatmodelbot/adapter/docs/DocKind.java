package dev.threatmodelbot.adapter.docs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kinds of file the reader knows, told by extension first, then by Slack's mimetype, then —
 * only when both say nothing (no extension we know, a generic mimetype) — by the first bytes.
 */
enum DocKind {
    TEXT,
    PDF,
    STRUCTURED;

    private static final Map<String, DocKind> EXTENSIONS = Map.of(
            "md", TEXT, "markdown", TEXT, "txt", TEXT, "text", TEXT, "log", TEXT,
            "pdf", PDF,
            "yaml", STRUCTURED, "yml", STRUCTURED, "json", STRUCTURED);
    private static final Map<String, DocKind> MIME_TYPES = Map.ofEntries(
            Map.entry("text/markdown", TEXT), Map.entry("text/x-markdown", TEXT), Map.entry("text/plain", TEXT),
            Map.entry("text/x-log", TEXT), Map.entry("application/pdf", PDF),
            Map.entry("application/json", STRUCTURED), Map.entry("application/x-yaml", STRUCTURED),
            Map.entry("application/yaml", STRUCTURED), Map.entry("text/yaml", STRUCTURED),
            Map.entry("text/x-yaml", STRUCTURED), Map.entry("application/vnd.oai.openapi", STRUCTURED),
            Map.entry("application/vnd.oai.openapi+json", STRUCTURED));
    private static final Set<String> GENERIC = Set.of("", "application/octet-stream", "binary/octet-stream");
    private static final Pattern SPEC_KEY = Pattern.compile("(?m)^\\s*\\{?\\s*[\"']?(?:openapi|swagger)[\"']?\\s*:");
    private static final int SNIFF_BYTES = 8192;

    static Optional<DocKind> of(String fileName, String mimeType, byte[] content) {
        DocKind byName = EXTENSIONS.get(extension(fileName));
        if (byName != null) {
            return Optional.of(byName);
        }
        String mime = mimeType.toLowerCase(Locale.ROOT).replaceFirst(";.*", "").strip();
        DocKind byMime = MIME_TYPES.get(mime);
        if (byMime != null) {
            return Optional.of(byMime);
        }
        return GENERIC.contains(mime) ? sniff(content) : Optional.empty();
    }

    /** Structured files whose name or mimetype says JSON are parsed as JSON, the rest as YAML. */
    static boolean json(String fileName, String mimeType, String text) {
        String ext = extension(fileName);
        if (!ext.isEmpty() && EXTENSIONS.containsKey(ext)) {
            return ext.equals("json");
        }
        return mimeType.toLowerCase(Locale.ROOT).contains("json") || text.stripLeading().startsWith("{");
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    private static Optional<DocKind> sniff(byte[] content) {
        byte[] head = Arrays.copyOf(content, Math.min(content.length, SNIFF_BYTES));
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        int pdf = ascii.indexOf("%PDF-");
        if (pdf >= 0 && pdf < 1024) {
            return Optional.of(PDF);
        }
        if (!looksLikeText(head)) {
            return Optional.empty();
        }
        return Optional.of(SPEC_KEY.matcher(TextDecoding.decode(head)).find() ? STRUCTURED : TEXT);
    }

    /** No control bytes other than tab, line breaks and form feed; a UTF-16 byte-order mark counts as text. */
    private static boolean looksLikeText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return true;
        }
        for (byte b : head) {
            boolean control = (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
            if (control) {
                return false;
            }
        }
        return true;
    }
}
