package org.diplomap.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes PNG files through a stream of our own: given a file, ImageIO prints a stack trace when it cannot open it. */
public final class PngFiles {

    private PngFiles() {
    }

    public static void write(BufferedImage image, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available to write " + file);
            }
        }
    }
}
