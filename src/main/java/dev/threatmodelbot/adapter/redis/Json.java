package dev.threatmodelbot.adapter.redis;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.threatmodelbot.application.port.BotException;
import dev.threatmodelbot.application.event.CancelRequested;
import dev.threatmodelbot.application.event.ChoicePicked;
import dev.threatmodelbot.application.event.DraftRequested;
import dev.threatmodelbot.application.event.ExportRequested;
import dev.threatmodelbot.application.event.ReactionChanged;
import dev.threatmodelbot.application.event.InboundEvent;
import dev.threatmodelbot.application.event.JobDue;
import dev.threatmodelbot.application.event.ReplyEdited;
import dev.threatmodelbot.application.event.ReplyPosted;
import dev.threatmodelbot.application.event.StartRequested;
import dev.threatmodelbot.domain.SessionId;
import java.io.IOException;

/** How sessions and events look in Redis: JSON, with a type tag on events and ids as plain strings. */
final class Json {
    private static final ObjectMapper MAPPER = create();

    private Json() {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = StartRequested.class, name = "start"),
        @JsonSubTypes.Type(value = ReplyPosted.class, name = "reply"),
        @JsonSubTypes.Type(value = ReplyEdited.class, name = "edit"),
        @JsonSubTypes.Type(value = CancelRequested.class, name = "cancel"),
        @JsonSubTypes.Type(value = DraftRequested.class, name = "draft"),
        @JsonSubTypes.Type(value = ChoicePicked.class, name = "choice"),
        @JsonSubTypes.Type(value = ReactionChanged.class, name = "reaction"),
        @JsonSubTypes.Type(value = ExportRequested.class, name = "export"),
        @JsonSubTypes.Type(value = JobDue.class, name = "job")
    })
    private interface InboundEventMixin {}

    private static ObjectMapper create() {
        SimpleModule ids = new SimpleModule("ids");
        ids.addSerializer(SessionId.class, ToStringSerializer.instance);
        ids.addDeserializer(SessionId.class, new JsonDeserializer<>() {
            @Override
            public SessionId deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                return new SessionId(p.getValueAsString());
            }
        });
        return new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                .registerModule(ids)
                .addMixIn(InboundEvent.class, InboundEventMixin.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new BotException("cannot serialise " + value.getClass().getSimpleName(), false, e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new BotException("cannot read stored " + type.getSimpleName(), false, e);
        }
    }

    static String writeEvent(InboundEvent event) {
        try {
            return MAPPER.writerFor(InboundEvent.class).writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new BotException("cannot serialise event", false, e);
        }
    }
}
