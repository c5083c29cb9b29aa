package dev.threatmodelbot.adapter.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import dev.threatmodelbot.application.port.BotException;
import dev.threatmodelbot.application.event.ChoicePicked;
import dev.threatmodelbot.application.Intake;
import dev.threatmodelbot.domain.SessionId;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answer buttons under closed questions: a press is recorded like a reply naming its question. */
final class SlackChoices {
    static final String ACTION = "answer-";
    private static final Logger LOG = LoggerFactory.getLogger(SlackChoices.class);

    private final Intake intake;
    private final Clock clock;

    SlackChoices(Intake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    void register(App app) {
        app.blockAction(Pattern.compile(Pattern.quote(ACTION) + "\\d+"), (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            for (BlockActionPayload.Action action : p.getActions()) {
                String[] parts = String.valueOf(action.getValue()).split("\\|");
                Optional<SessionId> session = parts.length == 3 ? SessionId.parse(parts[0]) : Optional.empty();
                if (session.isEmpty() || !parts[2].matches("\\d{1,4}")) {
                    LOG.info("answer button from {} carries no choice of ours; ignored", p.getUser().getId());
                    continue;
                }
                try {
                    intake.accept(new ChoicePicked("slack:choice:" + parts[1] + ":" + parts[2] + ":" + p.getUser().getId()
                            + ":" + session.get(), session.get(), p.getUser().getId(), parts[1],
                            Integer.parseInt(parts[2]), action.getActionTs(), clock.instant()));
                } catch (RuntimeException e) {
                    LOG.error("answer button from {} not recorded: {}", p.getUser().getId(), e.toString());
                    throw new BotException("choice not recorded", true, e);
                }
            }
            return ctx.ack();
        });
    }
}
