package dev.threatmodelbot.domain.threat;

import java.util.List;

/**
 * Which drafted threats a draft posts for review: those resting on a fact or a data flow, highest
 * severity first, at most {@code max}; the rest of them are {@code held} (named in the root), and
 * those resting on silence alone are {@code silent} (their assumptions listed once to confirm).
 */
public record DraftSelection(List<Threat> posted, List<Threat> held, List<Threat> silent) {

    public DraftSelection {
        posted = List.copyOf(posted);
        held = List.copyOf(held);
        silent = List.copyOf(silent);
    }

    /** The selection from {@code drafted}, already in review order. */
    public static DraftSelection of(List<Threat> drafted, int max) {
        List<Threat> silent = drafted.stream().filter(Threat::restsOnSilence).toList();
        List<Threat> grounded = drafted.stream().filter(t -> !t.restsOnSilence()).toList();
        int cut = Math.min(max, grounded.size());
        return new DraftSelection(grounded.subList(0, cut), grounded.subList(cut, grounded.size()), silent);
    }
}
