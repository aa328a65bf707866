package org.diplomap.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * A composition drawn for a screen: premultiplied ARGB pixels, row by row, {@code outputScale} times the
 * composition's size each way, and the camera it was drawn through (a view moves and scales the picture to its
 * current camera until the next one arrives). The pixels are shared, not copied: read them, never change them.
 */
public record ScreenPicture(Composition composition, Camera camera, int pixelWidth, int pixelHeight, int[] pixels) {

    /** Draws a composition, on any thread. */
    public static ScreenPicture draw(Composition composition, Camera camera, double outputScale) {
        BufferedImage image = new SnapshotRenderer().renderForScreen(composition, outputScale);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        return new ScreenPicture(composition, camera, image.getWidth(), image.getHeight(), pixels);
    }

    /** The premultiplied ARGB value of a pixel. */
    public int pixel(int x, int y) {
        return pixels[y * pixelWidth + x];
    }
}
