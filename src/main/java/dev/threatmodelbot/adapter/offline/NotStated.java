package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.Property;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pattern hits a careful reader does not take as stated, from what the rest of the sentence says.
 * "The build job uploads the image to the bucket" is the system shipping its own artefact: nobody
 * outside uploads anything, so it states no upload to parse. "The pipeline signs images with a KMS
 * key" is a signing key in use, not data encrypted at rest.
 */
final class NotStated {
    private static final Pattern UPLOAD_VERB = Pattern.compile("(?i)upload(?:s|ed|ing)?\\b");
    private static final Pattern PERSON = Pattern.compile("(?i)\\b(?:users?|customers?|people|clients?|visitors?"
            + "|engineers?|managers?|operators?|admins?|administrators?|staff|employees?|members?|analysts?"
            + "|someone|anyone|they|you|we)\\b");
    private static final Pattern IT = Pattern.compile("(?i)\\bit\\s+(?:\\w+ly\\s+|then\\s+|also\\s+)?$");
    private static final Pattern SIGNING = Pattern.compile("(?i)\\bsign(?:s|ed|ing|atures?)?\\b");
    private static final Pattern ENCRYPTING = Pattern.compile("(?i)\\b(?:en|de)crypt\\w*|\\bat[- ]rest\\b|\\bSSE\\b");

    private NotStated() {}

    /** Whether the hit is an upload a part of the system makes itself ("it uploads the build to the bucket"). */
    static boolean systemUpload(SecurityPatterns.Hit hit, String text, List<Mention> mentions) {
        if (hit.property() != Property.EXTERNAL_CONTENT || !hit.value().equals("upload")
                || !UPLOAD_VERB.matcher(text).region(hit.start(), hit.end()).lookingAt()) {
            return false;
        }
        String before = text.substring(0, hit.start());
        String clause = before.replaceAll("(?s).*[;:]", "");
        if (PERSON.matcher(clause).find()) {
            return false; // people upload: the upload reaches the system
        }
        boolean part = mentions.stream().filter(m -> m.end() <= hit.start()).reduce((a, b) -> b)
                .filter(m -> m.ref().kind() != ComponentKind.EXTERNAL_ENTITY
                        && Words.count(before.substring(m.end())) <= Agents.REACH).isPresent();
        return part || IT.matcher(clause).find();
    }

    /** Whether a KMS named in the sentence is only used to sign ("calls KMS Sign", "a KMS key signs images"). */
    static boolean signingKey(SecurityPatterns.Hit hit, String text) {
        return hit.property() == Property.ENCRYPTION_AT_REST && hit.value().equals("kms")
                && SIGNING.matcher(text).find() && !ENCRYPTING.matcher(text).find();
    }

    private static final java.util.regex.Pattern ONE_HOP = java.util.regex.Pattern.compile("(?i).*\\b(?:SFTP|FTPS|SCP|SSH)\\b.*");

    /**
     * "Banks deliver files over SFTP": a protocol that only one kind of hop uses says nothing of the other links;
     * it is read where a flow is laid out, not of the system as a whole.
     */
    static boolean oneHop(SecurityPatterns.Hit hit, String text, boolean flow) {
        return !flow && hit.property() == Property.TRANSPORT && hit.value().equals("tls")
                && ONE_HOP.matcher(text.substring(hit.start(), hit.end())).matches();
    }
}
