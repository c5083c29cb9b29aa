package dev.threatmodelbot.adapter.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.multiUsersSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.threatmodelbot.application.Intake;
import dev.threatmodelbot.application.chat.StartForm;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code /threatmodel start} form and what happens when it is submitted. */
final class StartModal {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StartModal.class);
    static final String CALLBACK = "threatmodel-start";
    private static final int DOC_LIMIT = 3000;

    private final Intake intake;
    private final Clock clock;

    StartModal(Intake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    static View view(String channel, String requester, String system, List<String> engineers) {
        return com.slack.api.model.view.Views.view(v -> v.type("modal").callbackId(CALLBACK).privateMetadata(channel)
                .title(viewTitle(t -> t.type("plain_text").text("Start a threat model")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Start interview")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(List.of(
                        input(i -> i.blockId("system").label(plainText("System name"))
                                .element(plainTextInput(p -> p.actionId("value").maxLength(80)
                                        .initialValue(system.isEmpty() ? null : system)
                                        .placeholder(plainText("e.g. Payments API"))))),
                        input(i -> i.blockId("engineers").label(plainText("Engineers to interview"))
                                .element(multiUsersSelect(m -> m.actionId("value")
                                        .initialUsers(engineers.isEmpty() ? null : engineers)
                                        .placeholder(plainText("People who build or run it"))))),
                        input(i -> i.blockId("lead").label(plainText("Security lead (approves threats)"))
                                .element(usersSelect(u -> u.actionId("value").initialUser(requester)))),
                        input(i -> i.blockId("doc").optional(true).label(plainText("Design doc"))
                                .hint(plainText("Paste the text. Files shared later in the thread count too."))
                                .element(plainTextInput(p -> p.actionId("value").multiline(true)
                                        .maxLength(DOC_LIMIT)))),
                        input(i -> i.blockId("file").optional(true).label(plainText("…or attach a file"))
                                .hint(plainText("A design doc (Markdown, text, PDF, OpenAPI) or an existing threat "
                                        + "model (OTM, threat-composer, Threagile) to start from."))
                                .element(com.slack.api.model.block.element.FileInputElement.builder().actionId("value")
                                        .filetypes(List.of("md", "markdown", "text", "txt", "pdf", "json", "yaml", "yml"))
                                        .maxFiles(1).build())),
                        input(i -> i.blockId("jira").optional(true).label(plainText("Jira project key"))
                                .element(plainTextInput(p -> p.actionId("value").maxLength(10)
                                        .placeholder(plainText("e.g. SEC"))))),
                        input(i -> i.blockId("deadline").optional(true).label(plainText("Deadline"))
                                .element(datePicker(d -> d.actionId("value")))))));
    }

    Response submit(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var payload = req.getPayload();
        Map<String, Map<String, ViewState.Value>> values = payload.getView().getState().getValues();
        List<String> engineers = Optional.ofNullable(value(values, "engineers").getSelectedUsers()).orElse(List.of());
        StartForm form = new StartForm(text(values, "system"), engineers, value(values, "lead").getSelectedUser(),
                text(values, "doc"), text(values, "jira"), Optional.ofNullable(value(values, "deadline").getSelectedDate())
                        .orElse(""));
        Optional<String> bot = Optional.ofNullable(ctx.getBotUserId());
        Map<String, String> errors = form.problems(bot, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        if (!errors.isEmpty()) {
            return ctx.ack(r -> r.responseAction("errors").errors(errors));
        }
        String channelId = payload.getView().getPrivateMetadata();
        if (channelId == null || channelId.isBlank()) {
            LOG.info("start form from {} names no channel; refused", payload.getUser().getId());
            return ctx.ack(r -> r.responseAction("errors").errors(Map.of("system",
                    "This form lost its channel — run /threatmodel start in the channel again.")));
        }
        ConversationAddress channel = ConversationAddress.channel(Platform.SLACK, payload.getTeam().getId(),
                channelId);
        try {
            form.submit(intake, clock, "slack:view:" + payload.getView().getId(), channel, payload.getUser().getId(), bot,
                    SlackEvents.files(value(values, "file").getFiles()));
        } catch (RuntimeException e) {
            LOG.error("start form from {} not recorded: {}", payload.getUser().getId(), e.toString());
            return ctx.ack(r -> r.responseAction("errors").errors(Map.of("system",
                    "I couldn't save this just now — please press Start again in a minute.")));
        }
        return ctx.ack();
    }

    private static ViewState.Value value(Map<String, Map<String, ViewState.Value>> values, String block) {
        return Optional.ofNullable(values.get(block)).map(m -> m.get("value")).orElseGet(ViewState.Value::new);
    }

    private static String text(Map<String, Map<String, ViewState.Value>> values, String block) {
        return Optional.ofNullable(value(values, block).getValue()).orElse("").strip();
    }
}
