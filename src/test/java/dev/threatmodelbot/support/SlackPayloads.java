package dev.threatmodelbot.support;

/** Events API and interactivity payloads shaped like the captured samples in the reference folder. */
public final class SlackPayloads {
    private SlackPayloads() {}

    public static String threadReply(String user, String threadTs, String ts, String text, String eventId) {
        return envelope(eventId, "{\"client_msg_id\":\"" + java.util.UUID.randomUUID() + "\",\"type\":\"message\","
                + "\"text\":" + quote(text) + ",\"user\":\"" + user + "\",\"ts\":\"" + ts + "\",\"team\":\""
                + FakeSlack.TEAM + "\",\"thread_ts\":\"" + threadTs + "\",\"parent_user_id\":\"" + FakeSlack.BOT_USER
                + "\",\"channel\":\"" + SlackUser.CHANNEL + "\",\"event_ts\":\"" + ts + "\",\"channel_type\":\"channel\"}");
    }

    public static String edit(String user, String threadTs, String ts, String newText, String eventId) {
        String editTs = FakeSlack.nextTs();
        return envelope(eventId, "{\"type\":\"message\",\"subtype\":\"message_changed\",\"hidden\":true,"
                + "\"channel\":\"" + SlackUser.CHANNEL + "\",\"ts\":\"" + editTs + "\",\"event_ts\":\"" + editTs
                + "\",\"channel_type\":\"channel\",\"message\":{\"type\":\"message\",\"user\":\"" + user
                + "\",\"text\":" + quote(newText) + ",\"edited\":{\"user\":\"" + user + "\",\"ts\":\"" + editTs
                + "\"},\"ts\":\"" + ts + "\",\"thread_ts\":\"" + threadTs + "\",\"parent_user_id\":\""
                + FakeSlack.BOT_USER + "\"},\"previous_message\":{\"type\":\"message\",\"user\":\"" + user
                + "\",\"text\":\"old\",\"ts\":\"" + ts + "\",\"thread_ts\":\"" + threadTs + "\"}}");
    }

    /**
     * A file shared in a thread (subtype {@code file_share}), as Slack delivers it: the file object
     * with its size and private download URL. {@code files} are [id, name, mimetype, filetype, size, url].
     */
    public static String fileShare(String user, String threadTs, String ts, String text, String eventId,
            java.util.List<String[]> files) {
        StringBuilder fs = new StringBuilder();
        for (String[] f : files) {
            if (fs.length() > 0) {
                fs.append(',');
            }
            fs.append("{\"id\":\"").append(f[0]).append("\",\"created\":1763800000,\"timestamp\":1763800000,")
                    .append("\"name\":").append(quote(f[1])).append(",\"title\":").append(quote(f[1]))
                    .append(",\"mimetype\":\"").append(f[2]).append("\",\"filetype\":\"").append(f[3])
                    .append("\",\"pretty_type\":\"").append(f[3]).append("\",\"user\":\"").append(user)
                    .append("\",\"mode\":\"hosted\",\"editable\":false,\"is_external\":false,\"size\":")
                    .append(f[4]).append(",\"url_private\":").append(quote(f[5]))
                    .append(",\"url_private_download\":").append(quote(f[5])).append('}');
        }
        return envelope(eventId, "{\"type\":\"message\",\"subtype\":\"file_share\",\"text\":" + quote(text)
                + ",\"files\":[" + fs + "],\"upload\":false,\"user\":\"" + user + "\",\"display_as_bot\":false,"
                + "\"ts\":\"" + ts + "\",\"thread_ts\":\"" + threadTs + "\",\"parent_user_id\":\""
                + FakeSlack.BOT_USER + "\",\"channel\":\"" + SlackUser.CHANNEL + "\",\"event_ts\":\"" + ts
                + "\",\"channel_type\":\"channel\"}");
    }

    /** A reaction added to or removed from a message, as the Events API delivers it. */
    public static String reaction(String user, String messageTs, String reaction, boolean added, String eventId) {
        String eventTs = FakeSlack.nextTs();
        return envelope(eventId, "{\"type\":\"reaction_" + (added ? "added" : "removed") + "\",\"user\":\"" + user
                + "\",\"reaction\":\"" + reaction + "\",\"item_user\":\"" + FakeSlack.BOT_USER + "\",\"item\":{"
                + "\"type\":\"message\",\"channel\":\"" + SlackUser.CHANNEL + "\",\"ts\":\"" + messageTs + "\"},"
                + "\"event_ts\":\"" + eventTs + "\"}");
    }

    /** The bot's own post echoed back by Slack. */
    public static String ownBotMessage(String threadTs, String ts, String eventId) {
        return envelope(eventId, "{\"type\":\"message\",\"text\":\"echo\",\"user\":\"" + FakeSlack.BOT_USER
                + "\",\"bot_id\":\"B0BOTID001\",\"app_id\":\"A0APP00001\",\"ts\":\"" + ts + "\",\"thread_ts\":\""
                + threadTs + "\",\"channel\":\"" + SlackUser.CHANNEL + "\",\"event_ts\":\"" + ts
                + "\",\"channel_type\":\"channel\"}");
    }

    public static String viewSubmission(String user, String viewId, String system, java.util.List<String> engineers,
            String lead, String doc) {
        return viewSubmission(user, viewId, system, engineers, lead, doc, null);
    }

    /** The start form with {@code file} ({@link FakeSlack#file}'s description) attached to its file input. */
    public static String viewSubmission(String user, String viewId, String system, java.util.List<String> engineers,
            String lead, String doc, String[] file) {
        String files = file == null ? "" : "\"file\":{\"value\":{\"type\":\"file_input\",\"files\":[{\"id\":\"" + file[0]
                + "\",\"name\":" + quote(file[1]) + ",\"mimetype\":\"" + file[2] + "\",\"filetype\":\"" + file[3]
                + "\",\"size\":" + file[4] + ",\"url_private\":\"" + file[5] + "\",\"url_private_download\":\""
                + file[5] + "\"}]}},";
        String users = engineers.stream().map(u -> "\"" + u + "\"").collect(java.util.stream.Collectors.joining(","));
        return "{\"type\":\"view_submission\",\"team\":{\"id\":\"" + FakeSlack.TEAM + "\",\"domain\":\"acme\"},"
                + "\"user\":{\"id\":\"" + user + "\",\"username\":\"lead\",\"name\":\"lead\",\"team_id\":\""
                + FakeSlack.TEAM + "\"},\"api_app_id\":\"A0APP00001\",\"token\":\"unused\",\"trigger_id\":\"1.2.3\","
                + "\"view\":{\"id\":\"" + viewId + "\",\"team_id\":\"" + FakeSlack.TEAM + "\",\"type\":\"modal\","
                + "\"callback_id\":\"threatmodel-start\",\"private_metadata\":\"" + SlackUser.CHANNEL + "\","
                + "\"state\":{\"values\":{"
                + "\"system\":{\"value\":{\"type\":\"plain_text_input\",\"value\":" + quote(system) + "}},"
                + "\"engineers\":{\"value\":{\"type\":\"multi_users_select\",\"selected_users\":[" + users + "]}},"
                + "\"lead\":{\"value\":{\"type\":\"users_select\",\"selected_user\":\"" + lead + "\"}},"
                + "\"doc\":{\"value\":{\"type\":\"plain_text_input\",\"value\":" + quote(doc) + "}}," + files
                + "\"jira\":{\"value\":{\"type\":\"plain_text_input\",\"value\":null}},"
                + "\"deadline\":{\"value\":{\"type\":\"datepicker\",\"selected_date\":null}}}},"
                + "\"hash\":\"156772938.1827394\"},\"response_urls\":[]}";
    }

    public static String buttonPress(String user, String threadTs, String messageTs, String actionId, String value) {
        return "{\"type\":\"block_actions\",\"user\":{\"id\":\"" + user + "\",\"username\":\"u\",\"team_id\":\""
                + FakeSlack.TEAM + "\"},\"api_app_id\":\"A0APP00001\",\"token\":\"unused\",\"container\":{\"type\":"
                + "\"message\",\"message_ts\":\"" + messageTs + "\",\"channel_id\":\"" + SlackUser.CHANNEL
                + "\",\"is_ephemeral\":false,\"thread_ts\":\"" + threadTs + "\"},\"trigger_id\":\"1.2.3\","
                + "\"team\":{\"id\":\"" + FakeSlack.TEAM + "\",\"domain\":\"acme\"},\"channel\":{\"id\":\""
                + SlackUser.CHANNEL + "\",\"name\":\"threat-modeling\"},\"response_url\":\"http://127.0.0.1:1/r\","
                + "\"actions\":[{\"action_id\":\"" + actionId + "\",\"block_id\":\"choices\",\"text\":{\"type\":"
                + "\"plain_text\",\"text\":\"pick\"},\"value\":\"" + value + "\",\"type\":\"button\",\"action_ts\":\""
                + FakeSlack.nextTs() + "\"}]}";
    }

    static String envelope(String eventId, String event) {
        return "{\"token\":\"legacy-verification-token-unused\",\"team_id\":\"" + FakeSlack.TEAM + "\","
                + "\"api_app_id\":\"A0APP00001\",\"event\":" + event + ",\"type\":\"event_callback\",\"event_id\":\""
                + eventId + "\",\"event_time\":" + SlackUser.now() + ",\"authorizations\":[{\"enterprise_id\":null,"
                + "\"team_id\":\"" + FakeSlack.TEAM + "\",\"user_id\":\"" + FakeSlack.BOT_USER + "\",\"is_bot\":true,"
                + "\"is_enterprise_install\":false}],\"is_ext_shared_channel\":false}";
    }

    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
