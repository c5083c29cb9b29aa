package dev.threatmodelbot.bootstrap;

import java.util.List;

/** Start-up configuration is wrong; the message lists every problem, one per line. */
public final class ConfigException extends RuntimeException {
    private final List<String> problems;

    ConfigException(List<String> problems) {
        super("Invalid configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
