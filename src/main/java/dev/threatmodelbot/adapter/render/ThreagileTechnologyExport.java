package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.List;

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

    /** From ENCRYPTION_AT_REST: "none" wins over a claim of encryption; unknown is written as none. */
    static String encryption(List<String> values) {
        if (values.contains("none") || values.isEmpty()) {
            return "none";
        }
        return "transparent";
    }

    static boolean customDeveloped(ExportPart p) {
        return p.kind().filter(k -> k == ComponentKind.PROCESS || k == ComponentKind.WEB_APP
                || k == ComponentKind.API || k == ComponentKind.FUNCTION || k == ComponentKind.ML_PIPELINE)
                .isPresent();
    }

    /** Threagile's authentication of a link from the AUTHENTICATION values; unknown and disputed are none. */
    static String authentication(List<String> values) {
        if (values.contains("none")) {
            return "none";
        }
        String strongest = AUTHENTICATION.stream().filter(values::contains).findFirst().orElse("none");
        return switch (strongest) {
            case "mtls" -> "client-certificate";
            case "mfa" -> "two-factor";
            case "sso" -> "externalized";
            case "oauth", "token", "iam" -> "token";
            case "api-key", "password", "ssh-key" -> "credentials";
            default -> "none";
        };
    }

    /** "none" when stated or unknown; any stated control is a technical user's rights. */
    static String authorization(List<String> values) {
        return values.isEmpty() || values.contains("none") ? "none" : "technical-user";
    }
}
