package dev.threatmodelbot.domain.threat;

/**
 * How sure the draft is that the threat applies: HIGH when facts say the weakness is there, MEDIUM
 * when the threat holds for this kind of part whatever is said, LOW when it rests on an assumption
 * because nobody said.
 */
public enum Confidence {
    LOW,
    MEDIUM,
    HIGH
}
