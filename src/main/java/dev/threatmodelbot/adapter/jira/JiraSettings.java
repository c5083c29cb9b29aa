package dev.threatmodelbot.adapter.jira;

import dev.threatmodelbot.domain.threat.Severity;
import java.net.URI;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How to reach Jira and what to put in the tickets.
 *
 * @param url the site, e.g. {@code https://acme.atlassian.net}, or a Data Center base with its context
 *     path; a trailing slash is dropped
 * @param apiVersion 3 for Jira Cloud (descriptions in Atlassian Document Format), 2 for Data Center
 *     (descriptions in wiki markup)
 * @param email the account the API token belongs to: required with Cloud; with Data Center it turns
 *     the token into a password for basic auth instead of a personal access token
 * @param token the API token or personal access token; never printed
 * @param defaultProject the project key tickets go to when the session named none
 * @param issueType the issue type name of every ticket
 * @param priorities the priority name per severity; empty means tickets get no priority
 */
public record JiraSettings(URI url, int apiVersion, Optional<String> email, String token,
        Optional<String> defaultProject, String issueType, Map<Severity, String> priorities) {

    public static final String DEFAULT_ISSUE_TYPE = "Task";
    public static final Map<Severity, String> DEFAULT_PRIORITIES = Map.of(Severity.CRITICAL, "Highest",
            Severity.HIGH, "High", Severity.MEDIUM, "Medium", Severity.LOW, "Low");

    public JiraSettings {
        String base = url.toString().replaceAll("/+$", "");
        if (!base.matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
            throw new IllegalArgumentException("the Jira URL must be an http(s) address, got '" + base + "'");
        }
        url = URI.create(base);
        if (apiVersion != 2 && apiVersion != 3) {
            throw new IllegalArgumentException("the Jira API version must be 2 (Data Center) or 3 (Cloud), got "
                    + apiVersion);
        }
        email = email.map(String::strip).filter(e -> !e.isEmpty());
        if (apiVersion == 3 && email.isEmpty()) {
            throw new IllegalArgumentException("Jira Cloud (API version 3) needs the email the API token belongs to");
        }
        if (token.isBlank()) {
            throw new IllegalArgumentException("the Jira API token is empty");
        }
        defaultProject = defaultProject.map(String::strip).filter(p -> !p.isEmpty());
        issueType = issueType.isBlank() ? DEFAULT_ISSUE_TYPE : issueType.strip();
        priorities = Map.copyOf(priorities);
    }

    /** Settings with the default issue type and priorities. */
    public static JiraSettings of(URI url, int apiVersion, Optional<String> email, String token,
            Optional<String> defaultProject) {
        return new JiraSettings(url, apiVersion, email, token, defaultProject, DEFAULT_ISSUE_TYPE,
                DEFAULT_PRIORITIES);
    }

    public JiraSettings withIssueType(String type) {
        return new JiraSettings(url, apiVersion, email, token, defaultProject, type, priorities);
    }

    public JiraSettings withPriorities(Map<Severity, String> names) {
        return new JiraSettings(url, apiVersion, email, token, defaultProject, issueType, names);
    }

    /** The priority name for a severity, if tickets get one. */
    public Optional<String> priority(Severity severity) {
        return Optional.ofNullable(priorities.get(severity));
    }

    /**
     * Reads a priority mapping such as {@code critical=Highest,high=High,medium=Medium,low=Low}.
     * Severities not named keep their default; {@code none} means tickets get no priority; a blank
     * spec gives the defaults.
     *
     * @throws IllegalArgumentException when a part is not {@code <severity>=<priority name>}
     */
    public static Map<Severity, String> priorities(String spec) {
        String text = spec.strip();
        if (text.equalsIgnoreCase("none")) {
            return Map.of();
        }
        Map<Severity, String> names = new EnumMap<>(DEFAULT_PRIORITIES);
        if (text.isEmpty()) {
            return Map.copyOf(names);
        }
        for (String part : text.split(",", -1)) {
            String[] pair = part.split("=", 2);
            String value = pair.length == 2 ? pair[1].strip() : "";
            if (value.isEmpty()) {
                throw new IllegalArgumentException("priority mapping '" + part.strip()
                        + "' is not <severity>=<priority>, e.g. critical=Highest");
            }
            names.put(severity(pair[0].strip()), value);
        }
        return Map.copyOf(names);
    }

    private static Severity severity(String word) {
        try {
            return Severity.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + word + "' is not a severity: use critical, high, medium or low",
                    e);
        }
    }

    /** Everything but the token. */
    @Override
    public String toString() {
        return "JiraSettings[url=" + url + ", apiVersion=" + apiVersion + ", email=" + email.orElse("-")
                + ", token=***, defaultProject=" + defaultProject.orElse("-") + ", issueType=" + issueType
                + ", priorities=" + ordered(priorities) + "]";
    }

    private static Map<Severity, String> ordered(Map<Severity, String> names) {
        Map<Severity, String> sorted = new EnumMap<>(Severity.class);
        sorted.putAll(names);
        return sorted;
    }
}
