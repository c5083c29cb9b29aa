package dev.threatmodelbot.application.port;

import java.time.Duration;

/** What the service counts and times for the people who run it; the core and the adapters report, one adapter keeps. */
public interface Metrics {

    /** An inbound event from {@code platform} (slack, teams, web, job): recorded, or a second delivery of one. */
    void eventReceived(String platform, boolean recorded);

    /** A request to a platform endpoint refused before it was handled: its status and a short reason. */
    void requestRefused(String endpoint, int status, String reason);

    /** An event applied, {@code waited} after it was recorded. */
    void eventApplied(Duration waited);

    /** An event set aside after failing again and again (the session's later events go on). */
    void deadEvent();

    /** A call to an outside service ({@code slack}, {@code teams}, {@code jira}, {@code llm}): ok, rate_limited or error. */
    void call(String service, String outcome, Duration took);

    /** What an interview and a review bring about, counted as it happens. */
    enum Count {
        QUESTIONS_ASKED, QUESTIONS_ANSWERED, CONTRADICTIONS_RAISED, THREATS_DRAFTED, THREATS_DECIDED, TICKETS_FILED
    }

    /** {@code n} more of {@code what}; {@code kind} says which (a decision: approved, rejected, …), or is empty. */
    void counted(Count what, String kind, long n);

    /** Counts nothing. */
    Metrics NONE = new Metrics() {
        @Override
        public void eventReceived(String platform, boolean recorded) {}

        @Override
        public void requestRefused(String endpoint, int status, String reason) {}

        @Override
        public void eventApplied(Duration waited) {}

        @Override
        public void deadEvent() {}

        @Override
        public void call(String service, String outcome, Duration took) {}

        @Override
        public void counted(Count what, String kind, long n) {}
    };
}
