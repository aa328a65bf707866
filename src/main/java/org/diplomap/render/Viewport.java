package org.diplomap.render;

/**
 * Where layout units fall on a picture of {@code width} x {@code height} pixels: a layout point (x, y) is drawn
 * at pixel ({@code offsetX + scaleX * x}, {@code offsetY + scaleY * y}). A view's zoom and pan are a viewport; a
 * scale may be negative (screens count y downwards, layouts upwards).
 */
public record Viewport(int width, int height, double scaleX, double scaleY, double offsetX, double offsetY) {

    public Viewport {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("viewport size must be positive, was " + width + "x" + height);
        }
        if (scaleX == 0 || scaleY == 0 || !Double.isFinite(scaleX) || !Double.isFinite(scaleY)) {
            throw new IllegalArgumentException("viewport scale must be finite and not zero, was " + scaleX + ", "
                    + scaleY);
        }
    }

    public double pixelX(double layoutX) {
        return offsetX + scaleX * layoutX;
    }

    public double pixelY(double layoutY) {
        return offsetY + scaleY * layoutY;
    }
}
