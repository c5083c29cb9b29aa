package dev.threatmodelbot.application.port;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;

/**
 * Drafts threats from what is known about a system: only about parts and flows some fact names,
 * every threat with the facts it rests on, highest severity first, duplicates merged.
 */
public interface ThreatDrafter {

    List<Threat> draft(ContextModel model);
}
