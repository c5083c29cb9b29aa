package dev.threatmodelbot.adapter.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Mention;
import dev.threatmodelbot.application.chat.SurfaceRecords;
import java.time.Duration;
import java.util.Optional;

/**
 * What the Teams surface learns from the activities it receives and needs later, kept durably: the service URL a
 * tenant's messages are sent to (proactive messages need it, days after the last activity), the names people go by
 * (a mention shows one), and which message a post of the core became (so a retried post is not made twice).
 */
final class TeamsDirectory {
    private static final Duration KEEP = Duration.ofDays(400);

    private final SurfaceRecords records;

    TeamsDirectory(SurfaceRecords records) {
        this.records = records;
    }

    /** Notes the tenant's service URL and the names of the sender and everyone mentioned. */
    void saw(Activity a, String tenant) {
        if (!tenant.isEmpty() && a.getServiceUrl() != null
                && !records.get("teams:service:" + tenant).equals(Optional.of(a.getServiceUrl()))) {
            records.put("teams:service:" + tenant, a.getServiceUrl(), KEEP);
        }
        name(a.getFrom());
        for (Mention m : a.getMentions()) {
            name(m.getMentioned());
        }
    }

    Optional<String> serviceUrl(String tenant) {
        return records.get("teams:service:" + tenant);
    }

    /** A person's display name as last seen, or a neutral word. */
    String name(String user) {
        return records.get("teams:name:" + user).orElse("colleague");
    }

    Optional<String> posted(String session, String key) {
        return records.get("teams:posted:" + session + ":" + key);
    }

    void posted(String session, String key, String messageId) {
        records.put("teams:posted:" + session + ":" + key, messageId, KEEP);
    }

    SurfaceRecords records() {
        return records;
    }

    private void name(ChannelAccount who) {
        if (who != null) {
            named(who.getId(), who.getName());
        }
    }

    /** Notes the name {@code user} goes by. */
    void named(String user, String name) {
        if (user != null && !user.isBlank() && name != null && !name.isBlank()
                && !records.get("teams:name:" + user).equals(Optional.of(name))) {
            records.put("teams:name:" + user, name, KEEP);
        }
    }
}
