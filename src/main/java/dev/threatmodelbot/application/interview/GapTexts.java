package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.domain.Mentions;
import dev.threatmodelbot.domain.context.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plain-language wording of gap questions and their follow-ups; no security jargon needed to answer. */
public final class GapTexts {
    private GapTexts() {}

    static String ask(Property p, String rawName) {
        String x = "*" + Mentions.inert(rawName) + "*";
        switch (p) {
            case TRANSPORT:
                return "Is the connection " + x + " encrypted (HTTPS/TLS), and does either side check who the other "
                        + "is?";
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
            case DATA_CLASSIFICATION:
                return "To be specific: does " + x + " hold personal data (names, emails, addresses), payment details, "
                        + "passwords or keys, health data — or nothing sensitive?";
            case SECRETS:
                return "To be specific: are the keys and passwords of " + x + " in a secrets manager or vault, in "
                        + "environment variables or config files, or in the code?";
            case LOGGING:
                return "To be specific: are requests and admin actions of " + x + " logged somewhere people can look "
                        + "them up later — or is nothing logged?";
            case INPUT_VALIDATION:
                return "To be specific: does " + x + " check what it receives against a schema or allowed values, "
                        + "or take it as it comes?";
            case RATE_LIMITING:
                return "To be specific: does " + x + " have a rate limit, quota or size limit — or none?";
            default:
                return "Could you give one concrete example for " + x + " — " + p.words() + "?";
        }
    }

    /** One point of a question about a part: a property, the other end when it is a flow, what the doc says. */
    record Point(Property property, Optional<String> peer, Optional<String> docSays) {}

    /** When the doc already says it: the engineer confirms or corrects, the question stays for what differs. */
    static String confirm(String ask) {
        return "Is that still true and complete? If anything differs or is missing — " + lower(ask);
    }

    /**
     * One question covering several open points of one part, as a short list. Connections to several
     * other parts are one point. What the doc says on a point is quoted for confirming.
     */
    static String grouped(String rawName, List<Point> points) {
        List<String> peers = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int transportLine = -1;
        for (Point p : points) {
            if (p.property() == Property.TRANSPORT && p.peer().isPresent()) {
                peers.add(p.peer().get());
                if (transportLine < 0) {
                    transportLine = lines.size();
                    lines.add("");
                }
                continue;
            }
            lines.add(p.docSays().map(said -> said + " — still true? And " + clause(p.property(), Optional.empty()))
                    .orElse(capital(clause(p.property(), Optional.empty()))));
        }
        if (transportLine >= 0) {
            lines.set(transportLine, capital(transport(peers)));
        }
        StringBuilder out = new StringBuilder("A few things about *" + Mentions.inert(rawName) + "*, in one go:");
        lines.forEach(l -> out.append("\n• ").append(l));
        return out.append("\n_Answer what you know in your own words; say which points you are not sure of._")
                .toString();
    }

    /** One point about a part ("it"), or about its connection to {@code peer} ("to *Orders DB*"). */
    static String clause(Property p, Optional<String> peer) {
        switch (p) {
            case TRANSPORT:
                return peer.map(x -> transport(List.of(x)))
                        .orElse("are its connections encrypted (HTTPS/TLS), and does either side check who the other is?");
            case AUTHENTICATION:
                return "how do people or other services prove who they are when they use it (single sign-on, API keys, "
                        + "tokens, certificates — or nothing)?";
            case AUTHORIZATION:
                return "once someone is in, what decides what they may see or change? Is anything admin-only?";
            case ENCRYPTION_AT_REST:
                return "is the data it stores encrypted, and who or what can read it directly?";
            case EXPOSURE:
                return "who can reach it over the network: anyone on the internet, only the company network or VPN, "
                        + "or only other services?";
            case INPUT_VALIDATION:
                return "is what callers send checked or cleaned before it is used in queries, files, commands or "
                        + "prompts?";
            case RATE_LIMITING:
                return "what stops someone sending far too many or far too large requests?";
            case DATA_CLASSIFICATION:
                return "what is the most sensitive data it handles — personal data, payment details, passwords, "
                        + "health data, business secrets?";
            case SECRETS:
                return "where do its passwords, API keys and certificates live, and who can read them?";
            case MODEL_SOURCE:
                return "where does the model come from and where does it run — a hosted API, an open model you run "
                        + "yourselves, or one you trained or fine-tuned?";
            case DATA_PROVENANCE:
                return "where does the data it learns from or looks things up in come from, and who can add to it?";
            case OUTPUT_HANDLING:
                return "what happens with what it writes — shown to people, used to run code, queries or commands, or "
                        + "checked by a person or a filter first?";
            case TOOL_ACCESS:
                return "can it do things by itself (call APIs or tools, send messages, change data)? Which, and with "
                        + "whose permissions?";
            default:
                return "what gets logged, and could you tell afterwards who did what?";
        }
    }

    private static String transport(List<String> peers) {
        String to = peers.size() == 1 ? peers.get(0)
                : String.join(", ", peers.subList(0, peers.size() - 1)) + " and " + peers.get(peers.size() - 1);
        return (peers.size() == 1 ? "is its connection " : "are its connections ") + to
                + " encrypted (HTTPS/TLS), and does either side check who the other is?";
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
