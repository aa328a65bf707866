package org.diplomap.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javax.imageio.ImageIO;

/** Writes a picture of a view under target/views/, to look at how it renders. */
public final class ViewPictures {

    private ViewPictures() {
    }

    /** Call on the FX thread. */
    public static Path write(Node node, String name) {
        Path file = Path.of("target", "views", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
