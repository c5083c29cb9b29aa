package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The lead's review of a drafted threat in words: its status and who decided it when. */
final class ExportReview {
    private ExportReview() {}

    /** "approved", "rejected", "discuss", "pending". */
    static String status(DraftedThreat t) {
        return t.status().name().toLowerCase(Locale.ROOT);
    }

    /** The decision that set the current status; empty while pending. */
    static Optional<Decision> decision(DraftedThreat t) {
        List<Decision> all = t.decisions();
        return t.status() == Decision.Kind.PENDING || all.isEmpty() ? Optional.empty()
                : Optional.of(all.get(all.size() - 1));
    }

    static Optional<LocalDate> decidedOn(DraftedThreat t) {
        return decision(t).map(d -> d.at().atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** "approved by U123 on 2026-11-20", "marked for discussion by …", "pending review". */
    static String sentence(DraftedThreat t) {
        return decision(t).map(d -> (d.kind() == Decision.Kind.DISCUSS ? "marked for discussion" : status(t))
                + " by " + d.by() + " on " + decidedOn(t).orElseThrow()).orElse("pending review");
    }
}
