package dev.threatmodelbot.bootstrap;

import java.time.Clock;

/** Starts the service from the environment; exits with status 2 and every problem listed when it is wrong. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Config config;
        try {
            config = Config.from(System.getenv());
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            Service service = Service.start(config, Clock.systemUTC());
            Runtime.getRuntime().addShutdownHook(new Thread(service::close, "shutdown"));
        } catch (RuntimeException e) {
            System.err.println("threatmodel-bot could not start: " + e.getMessage());
            System.exit(1);
        }
    }
}
