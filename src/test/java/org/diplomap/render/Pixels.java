package org.diplomap.render;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Counting pixels of a colour in a rendered picture, allowing for antialiasing. */
final class Pixels {

    /** The largest difference in any channel for a pixel to count as the colour. */
    static final int TOLERANCE = 12;

    private Pixels() {
    }

    static boolean near(int argb, int rgb) {
        return Math.abs(((argb >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) <= TOLERANCE
                && Math.abs(((argb >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) <= TOLERANCE
                && Math.abs((argb & 0xFF) - (rgb & 0xFF)) <= TOLERANCE;
    }

    static int count(BufferedImage image, int rgb) {
        return count(image, rgb, null, false);
    }

    /** Pixels near the colour inside {@code area} (or outside it, when {@code outside}). */
    static int count(BufferedImage image, int rgb, Rectangle2D area, boolean outside) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                boolean inArea = area != null && area.contains(x + 0.5, y + 0.5);
                boolean counted = area == null || inArea != outside;
                if (counted && near(image.getRGB(x, y), rgb)) {
                    n++;
                }
            }
        }
        return n;
    }
}
