package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.List;
import java.util.Optional;

/** How the model's words map to Threagile's enumerations (technology, machine, encryption, auth). */
final class ThreagileTechnologyExport {
    /** Authentication values, strongest first: when sources name several, the strongest is written. */
    private static final List<String> AUTHENTICATION =
            List.of("mtls", "mfa", "sso", "oauth", "token", "iam", "api-key", "password", "ssh-key");

    private ThreagileTechnologyExport() {}

    static String technology(ExportPart p) {
        return p.kind().map(ThreagileTechnologyExport::technology).orElse("unknown-technology");
    }

    private static String technology(ComponentKind kind) {
        return switch (kind) {
            case WEB_APP -> "web-application";
            case API -> "web-service-rest";
            case API_GATEWAY -> "gateway";
            case FUNCTION -> "function";
            case CONTAINER_PLATFORM -> "container-platform";
            case DATA_STORE, CACHE, VECTOR_STORE, CONFIG_STORE -> "database";
            case OBJECT_STORE -> "file-server";
            case QUEUE -> "message-queue";
            case SECRETS_STORE -> "vault";
            case IDENTITY_PROVIDER -> "identity-provider";
            case CDN -> "reverse-proxy";
            case LOAD_BALANCER -> "load-balancer";
            case LLM, ML_MODEL -> "ai";
            case ML_PIPELINE -> "batch-processing";
            case NOTEBOOK -> "tool";
            case LOGGING -> "monitoring";
            case CI_CD -> "build-pipeline";
            default -> "unknown-technology";
        };
    }

    static String machine(ExportPart p) {
        if (p.isKind(ComponentKind.FUNCTION)) {
            return "serverless";
        }
        return p.isKind(ComponentKind.CONTAINER_PLATFORM) ? "container" : "virtual";
    }

    /** Written where nobody stated a value Threagile has no "unknown" for: tagged, and asked in its questions. */
    static final String NOT_STATED = "not-stated";

    /**
     * From ENCRYPTION_AT_REST: "none" wins over a claim of encryption. Unknown gives nothing: the caller
     * writes a placeholder that claims no weakness and records the open question.
     */
    static Optional<String> encryption(List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(values.contains("none") ? "none" : "transparent");
    }

    static boolean customDeveloped(ExportPart p) {
        return p.kind().filter(k -> k == ComponentKind.PROCESS || k == ComponentKind.WEB_APP
                || k == ComponentKind.API || k == ComponentKind.FUNCTION || k == ComponentKind.ML_PIPELINE)
                .isPresent();
    }

    /**
     * Threagile's authentication of a link from the AUTHENTICATION values: "none" only when a source says
     * so, the strongest control named otherwise; nothing when nobody said (Threagile has no "unknown").
     */
    static Optional<String> authentication(List<String> values) {
        if (values.contains("none")) {
            return Optional.of("none");
        }
        return AUTHENTICATION.stream().filter(values::contains).findFirst().map(strongest -> switch (strongest) {
            case "mtls" -> "client-certificate";
            case "mfa" -> "two-factor";
            case "sso" -> "externalized";
            case "oauth", "token", "iam" -> "token";
            default -> "credentials";
        });
    }

    /** "none" when stated; any stated control is a technical user's rights; nothing when nobody said. */
    static Optional<String> authorization(List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(values.contains("none") ? "none" : "technical-user");
    }
}
