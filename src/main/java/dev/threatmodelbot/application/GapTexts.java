package dev.threatmodelbot.application;

import dev.threatmodelbot.domain.Mentions;
import dev.threatmodelbot.domain.context.Property;

/** Plain-language wording of gap questions and their follow-ups; no security jargon needed to answer. */
final class GapTexts {
    private GapTexts() {}

    static String ask(Property p, String rawName) {
        String x = "*" + Mentions.inert(rawName) + "*";
        switch (p) {
            case TRANSPORT:
                return "When data goes " + x + ", is that connection encrypted (HTTPS/TLS), and does either side "
                        + "check who the other is?";
            case AUTHENTICATION:
                return "How do people or other services prove who they are when they use " + x
                        + "? (For example single sign-on, API keys, tokens, certificates — or nothing at all.)";
            case AUTHORIZATION:
                return "Once someone is in, how does " + x + " decide what they may see or change? "
                        + "Is there anything only admins can do?";
            case ENCRYPTION_AT_REST:
                return "Is the data in " + x + " encrypted where it is stored, and who or what can read it directly?";
            case EXPOSURE:
                return "Who can reach " + x + " over the network: anyone on the internet, only people inside the "
                        + "company network or VPN, or only other services?";
            case INPUT_VALIDATION:
                return "What does " + x + " do with what users send it — is it checked or cleaned before it is "
                        + "used in queries, files, commands or prompts?";
            case RATE_LIMITING:
                return "What stops someone from sending " + x + " far too many or far too large requests?";
            case DATA_CLASSIFICATION:
                return "What is the most sensitive data " + x + " handles — personal data, payment details, "
                        + "passwords, health data, business secrets?";
            case SECRETS:
                return "Where do the passwords, API keys and certificates of " + x + " live, and who can read them?";
            case MODEL_SOURCE:
                return "Where does the model behind " + x + " come from and where does it run — a hosted API such "
                        + "as OpenAI or Bedrock, an open model you run yourselves, or one you trained or fine-tuned?";
            case DATA_PROVENANCE:
                return "Where does the data that " + x + " learns from or looks things up in come from — your own "
                        + "systems, the public internet, what users upload, or a third party? Who can add to it?";
            case OUTPUT_HANDLING:
                return "What happens with what " + x + " writes: is it shown to people, used to run code, queries or "
                        + "commands, or checked by a person or a filter first?";
            case TOOL_ACCESS:
                return "Can " + x + " do things by itself — call APIs or tools, send messages, change data? If so, "
                        + "which ones, and with whose permissions?";
            default:
                return "What gets logged for " + x + ", and could you tell afterwards who did what?";
        }
    }

    static String followUp(Property p, String rawName) {
        String x = "*" + Mentions.inert(rawName) + "*";
        switch (p) {
            case TRANSPORT:
                return "Just to be sure about " + x + ": is it plain HTTP, HTTPS/TLS, or mutual TLS "
                        + "(both sides show certificates)?";
            case AUTHENTICATION:
                return "To be specific: can anyone who reaches " + x + " use it, or must they show something — "
                        + "a password, token, API key, certificate or single sign-on?";
            case ENCRYPTION_AT_REST:
                return "To be specific: is the data in " + x + " stored encrypted (for example with the cloud "
                        + "provider's encryption or a KMS key), or not?";
            case EXPOSURE:
                return "To be specific: is " + x + " reachable from the internet, only from the company network "
                        + "or VPN, or only by other services?";
            case AUTHORIZATION:
                return "To be specific: does everyone signed in to " + x + " get the same access, or are there "
                        + "roles such as admin and regular user?";
            default:
                return "Could you give one concrete example for " + x + " — " + p.words() + "?";
        }
    }
}
