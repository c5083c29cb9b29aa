package dev.threatmodelbot.application.port;

import java.util.Optional;

/**
 * Turns a file shared in a session thread into text the interview can learn from, in Markdown form
 * so {@link dev.threatmodelbot.domain.context.DocSections} can cut it into citable sections.
 */
public interface DocumentReader {

    /** Files larger than this are not downloaded; the thread is told why. */
    long MAX_BYTES = 10L * 1024 * 1024;

    /** Text beyond this many characters is cut off; the thread is told so. */
    int MAX_CHARS = 300_000;

    /** The last line of a text that was cut at {@link #MAX_CHARS}. */
    String CUT_NOTICE = "[… cut off: the document is longer than " + MAX_CHARS + " characters]";

    /**
     * The document's text, or empty when the kind of file is not one this reader knows (the caller
     * says which kinds it reads).
     *
     * @throws UnreadableDocument when the file is of a known kind but cannot be read (corrupt,
     *     password-protected, a scan without a text layer); the message says why in plain words
     */
    Optional<String> read(String fileName, String mimeType, byte[] content) throws UnreadableDocument;

    /** A file of a known kind that cannot be read; the message is fit to show in the thread. */
    final class UnreadableDocument extends Exception {
        private static final long serialVersionUID = 1L;

        public UnreadableDocument(String reason) {
            super(reason);
        }
    }
}
