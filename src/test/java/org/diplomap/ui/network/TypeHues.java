package org.diplomap.ui.network;

import java.awt.Color;
import org.diplomap.graph.TieStyle;
import org.diplomap.render.ScreenPicture;

/**
 * Counts the pixels of a picture by the hue of each tie type's colour (in the order of the types), saturated pixels
 * only, so that lightened shades count too: how much of each type a reader can see.
 */
final class TypeHues {

    private TypeHues() {
    }

    static long[] count(ScreenPicture picture) {
        TieStyle[] styles = TieStyle.values();
        float[][] wanted = new float[styles.length][];
        for (int i = 0; i < styles.length; i++) {
            int rgb = styles[i].rgb();
            wanted[i] = Color.RGBtoHSB(rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255, null);
        }
        long[] counts = new long[styles.length];
        float[] hsb = new float[3];
        for (int p : picture.pixels()) {
            Color.RGBtoHSB(p >> 16 & 255, p >> 8 & 255, p & 255, hsb);
            if (hsb[1] < 0.25 || hsb[2] < 0.3) {
                continue;
            }
            for (int i = 0; i < styles.length; i++) {
                double d = Math.abs(hsb[0] - wanted[i][0]) * 360;
                if (Math.min(d, 360 - d) < 18) {
                    counts[i]++;
                }
            }
        }
        return counts;
    }
}
