package dev.threatmodelbot.domain.context;

/**
 * One thing a threat model needs to know: a property of a subject (component, flow or the system),
 * with how much it matters ({@code weight}, higher first) and its rating with the reason.
 */
public record Topic(String subject, String subjectName, Property property, int weight, Rating rating,
        String reason) {

    /** Not yet known and not given up on: worth asking. */
    public boolean isGap() {
        return rating == Rating.MISSING || rating == Rating.PARTIAL;
    }

    public String key() {
        return subject + ":" + property;
    }
}
