package dev.threatmodelbot.adapter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlantUmlPngTest {
    private final PlantUmlDiagramRenderer renderer = new PlantUmlDiagramRenderer();

    @Test
    void should_render_a_real_png_without_a_display() throws IOException {
        byte[] png = renderer.png("Orders service — data flows", Models.serverlessWithMl());

        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        BufferedImage image = Pngs.read(png);
        assertThat(image.getWidth()).isGreaterThan(100);
        assertThat(image.getHeight()).isGreaterThan(100);
        // kept for people to look at: mvn test leaves the example next to the build output
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "diagram-example.png"), png);
    }

    @Test
    void should_render_the_same_model_to_the_same_image() {
        byte[] first = renderer.png("Orders", Models.serverless());
        byte[] second = renderer.png("Orders", Models.serverless());

        assertThat(second).isEqualTo(first);
    }
}
