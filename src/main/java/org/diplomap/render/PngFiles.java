package org.diplomap.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/** Writes PNG files through a stream of our own: given a file, ImageIO prints a stack trace when it cannot open it. */
public final class PngFiles {

    private PngFiles() {
    }

    /**
     * Writes the image beside {@code file} and moves it into place when complete, so that a failure leaves
     * the file that was there.
     */
    public static void replace(BufferedImage image, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path part = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            write(image, part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    public static void write(BufferedImage image, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available to write " + file);
            }
        }
    }
}
