package dev.threatmodelbot.adapter.docs;

import dev.threatmodelbot.application.port.DocumentReader;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads Markdown and plain text as they are, the text layer of PDFs, OpenAPI and Swagger documents
 * as prose with a section per area and operation, and other YAML or JSON as a fenced block. The
 * kind is told by extension, then mimetype, then the first bytes; other kinds are not read.
 */
public final class DocumentReaders implements DocumentReader {

    @Override
    public Optional<String> read(String fileName, String mimeType, byte[] content) throws UnreadableDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(content, "content");
        Optional<DocKind> kind = DocKind.of(fileName, mimeType, content);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String name = fileName.isBlank() ? "The file" : fileName.strip();
        if (content.length > MAX_BYTES) {
            throw new UnreadableDocument(name + " is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB, the most this bot reads; share a smaller file or paste the parts that matter");
        }
        String text = switch (kind.get()) {
            case TEXT -> TextDecoding.decode(content);
            case PDF -> PdfText.read(name, content);
            case STRUCTURED -> StructuredText.read(name, mimeType, content);
        };
        return Optional.of(TextLimit.cut(text));
    }
}
