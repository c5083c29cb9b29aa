package dev.threatmodelbot.adapter.http;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** The short JSON error body every refusal and error page carries: {@code {"error":"<reason>"}}. */
final class JsonText {
    private JsonText() {}

    static String error(String reason) {
        return "{\"error\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(reason)) + "\"}";
    }
}
