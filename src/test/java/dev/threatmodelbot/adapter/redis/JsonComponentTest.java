package dev.threatmodelbot.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonComponentTest {

    @Test
    void should_read_a_component_stored_before_aliases_existed() {
        // given
        String stored = "{\"id\":\"orders-db\",\"name\":\"Orders DB\",\"kind\":\"DATA_STORE\",\"technology\":\"\","
                + "\"mentions\":[]}";

        // when
        Component c = Json.read(stored, Component.class);

        // then
        assertThat(c.name()).isEqualTo("Orders DB");
        assertThat(c.aliases()).isEmpty();
    }

    @Test
    void should_keep_aliases_through_a_round_trip() {
        // given
        Component c = new Component("orders-db", "Orders DB", ComponentKind.DATA_STORE, "Amazon RDS", List.of(),
                List.of("Amazon RDS PostgreSQL"));

        // when
        Component back = Json.read(Json.write(c), Component.class);

        // then
        assertThat(back).isEqualTo(c);
        assertThat(back.isNamed("amazon rds postgresql")).isTrue();
    }
}
