package dev.threatmodelbot.application.port;

import dev.threatmodelbot.domain.context.ImportedModel;
import java.util.Optional;

/**
 * Reads a file that is an existing threat model (Open Threat Model JSON, threat-composer JSON,
 * Threagile YAML) into plain values the session can start from.
 */
public interface ModelImporter {

    /** An importer that knows no format: every file is read as a document. */
    ModelImporter NONE = (name, bytes) -> Optional.empty();

    /** Parts, flows or threats beyond this many: the file is refused as too big to start from. */
    int MAX_ELEMENTS = 2000;

    /**
     * The model the file holds, or empty when it is no threat model this importer knows (it is then read
     * as a document).
     *
     * @throws UnreadableModel when the file is one of the known formats but broken or too big; the
     *     message says why in plain words, fit to show in the thread
     */
    Optional<ImportedModel> read(String fileName, byte[] content) throws UnreadableModel;

    /** A threat model file that cannot be taken in; the message is fit to show in the thread. */
    final class UnreadableModel extends Exception {
        private static final long serialVersionUID = 1L;

        public UnreadableModel(String reason) {
            super(reason);
        }
    }
}
