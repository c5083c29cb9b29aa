package dev.threatmodelbot.bootstrap;

import dev.threatmodelbot.application.port.Engine;
import java.util.Map;

/** The engine the service runs with a given environment, for tools that drive the core in process (benchmarks). */
public final class Engines {
    private Engines() {}

    /** Offline, plus the language model {@code LLM_PROVIDER} and its variables name; fails like start-up on bad ones. */
    public static Engine fromEnvironment(Map<String, String> env) {
        return Service.engine(Config.from(env));
    }
}
