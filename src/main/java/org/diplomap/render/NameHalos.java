package org.diplomap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The white halos around names in raster pictures, each stroked once and then reused. Stroking a name's outline with
 * antialiasing costs far more than drawing its text (most of a window picture's time at world scale), and from one
 * frame to the next the same names stand at the same places. A halo is kept per text, font, width and scale, and per
 * eighth of a pixel of where it falls, so that a reused halo lands where a stroked one would, to within that.
 * Vector pictures (SVG, PDF) stroke their halos as before.
 */
final class NameHalos {

    /** Shared by every picture: the window draws each frame with a new renderer. */
    static final NameHalos SHARED = new NameHalos(4096);

    private static final int PHASES = 8;

    private record Key(String text, Font font, float width, int colour, double scaleX, double scaleY, int phaseX,
                       int phaseY) {
    }

    /** A halo's picture, and where its top-left corner stands from the whole pixel of the name's baseline. */
    private record Halo(BufferedImage image, int left, int top) {
    }

    private final Map<Key, Halo> halos;

    NameHalos(int kept) {
        halos = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Halo> eldest) {
                return size() > kept;
            }
        };
    }

    /**
     * Draws the halo of {@code text} with its baseline at {@code at}, in {@code colour}; false when {@code g}'s
     * transform turns or shears, which a kept picture cannot follow (the caller then strokes it).
     */
    boolean draw(Graphics2D g, String text, Point2D at, Font font, float width, Color colour) {
        AffineTransform transform = g.getTransform();
        if (transform.getShearX() != 0 || transform.getShearY() != 0) {
            return false;
        }
        Point2D device = transform.transform(at, null);
        int x = (int) Math.floor(device.getX());
        int y = (int) Math.floor(device.getY());
        int phaseX = (int) Math.floor((device.getX() - x) * PHASES);
        int phaseY = (int) Math.floor((device.getY() - y) * PHASES);
        Key key = new Key(text, font, width, colour.getRGB(), transform.getScaleX(), transform.getScaleY(), phaseX,
                phaseY);
        Halo halo;
        synchronized (halos) {
            halo = halos.get(key);
        }
        if (halo == null) {
            halo = stroked(key, g);
            synchronized (halos) {
                halos.put(key, halo);
            }
        }
        Graphics2D onDevice = (Graphics2D) g.create();
        try {
            onDevice.setTransform(new AffineTransform());
            onDevice.drawImage(halo.image(), x + halo.left(), y + halo.top(), null);
        } finally {
            onDevice.dispose();
        }
        return true;
    }

    private static Halo stroked(Key key, Graphics2D like) {
        AffineTransform scale = AffineTransform.getScaleInstance(key.scaleX(), key.scaleY());
        BasicStroke stroke = new BasicStroke(key.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        Shape outline = key.font().createGlyphVector(like.getFontRenderContext(), key.text()).getOutline(0, 0);
        Rectangle2D bounds = scale.createTransformedShape(stroke.createStrokedShape(outline)).getBounds2D();
        int left = (int) Math.floor(bounds.getMinX()) - 1;
        int top = (int) Math.floor(bounds.getMinY()) - 1;
        int width = Math.max(1, (int) Math.ceil(bounds.getMaxX()) + 2 - left);
        int height = Math.max(1, (int) Math.ceil(bounds.getMaxY()) + 2 - top);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.translate(-left + (double) key.phaseX() / PHASES, -top + (double) key.phaseY() / PHASES);
            g.scale(key.scaleX(), key.scaleY());
            g.setColor(new Color(key.colour(), true));
            g.setStroke(stroke);
            g.draw(outline);
        } finally {
            g.dispose();
        }
        return new Halo(image, left, top);
    }
}
