package org.diplomap.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * Sizes of strokes, marks and fonts for one picture size. Everything grows with the shorter side of the
 * picture, so a 4K export reads like a small one instead of showing tiny text in a sea of pixels.
 */
record Metrics(double unit, FontRenderContext fontContext, double dotScale) {

    /** The shorter side, in pixels, at which the sizes below are the ones written. */
    private static final double REFERENCE_SIDE = 700.0;

    /** Below this, text gets too small to read; small pictures get relatively larger text instead. */
    private static final double SMALLEST_UNIT = 0.85;

    /** The share of the side of each state's room that its dot may take. */
    private static final double ROOM_SHARE = 0.12;

    static Metrics forSize(int width, int height) {
        double unit = Math.max(SMALLEST_UNIT, Math.min(width, height) / REFERENCE_SIDE);
        // Antialiased, fractional metrics: the same context that the renderer sets on its Graphics2D,
        // so that text measured for the page geometry matches text as drawn.
        return new Metrics(unit, new FontRenderContext(null, true, true), 1);
    }

    /**
     * The same sizes with smaller dots where {@code dots} states share {@code area} square pixels: a dot keeps to
     * about an eighth of the side of the room each state has, down to half its usual size, so that a crowded
     * network still shows its ties between the dots.
     */
    Metrics crowdedBy(int dots, double area) {
        if (dots == 0) {
            return this;
        }
        double wanted = ROOM_SHARE * Math.sqrt(area / dots);
        return new Metrics(unit, fontContext, Math.max(0.5, Math.min(1, wanted / (8 * unit))));
    }

    double margin() {
        return 24 * unit;
    }

    double nodeRadius() {
        return 8 * unit * dotScale;
    }

    double nodeOutline() {
        return 1.5 * unit;
    }

    double tieWidth() {
        // Below about a pixel and a half, antialiasing turns a line into a pale smear of its colour.
        return Math.max(1.5, 2.2 * unit);
    }

    double arrowLength() {
        return 12 * unit;
    }

    double arrowHalfWidth() {
        return 4.5 * unit;
    }

    double labelGap() {
        return 5 * unit;
    }

    double halo() {
        return 3.5 * unit;
    }

    Font dateFont() {
        return font(Font.BOLD, 30);
    }

    Font titleFont() {
        return font(Font.PLAIN, 17);
    }

    Font labelFont() {
        return font(Font.PLAIN, 14);
    }

    Font legendFont() {
        return font(Font.PLAIN, 13.5);
    }

    Font legendHeadingFont() {
        return font(Font.BOLD, 13.5);
    }

    Font sourceFont() {
        return font(Font.PLAIN, 11);
    }

    double textWidth(String text, Font font) {
        return font.getStringBounds(text, fontContext).getWidth();
    }

    double ascent(Font font) {
        return font.getLineMetrics("Ag", fontContext).getAscent();
    }

    double lineHeight(Font font) {
        var metrics = font.getLineMetrics("Ag", fontContext);
        return metrics.getAscent() + metrics.getDescent();
    }

    private Font font(int style, double size) {
        return new Font(Font.SANS_SERIF, style, 1).deriveFont((float) (size * unit));
    }
}
