package org.diplomap.ui.details;

import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.TieType;

/** Lines in a tie type's colour and pattern, the same as the network's, so that the panel reads like it. */
final class TieLines {

    private TieLines() {
    }

    /** A line of the given thickness; the pattern scales with it, so a thick bar keeps its dashes or dots. */
    static Line of(TieType type, double x1, double y1, double x2, double y2, double width) {
        TieStyle style = TieStyle.of(type);
        Line line = new Line(x1, y1, x2, y2);
        line.setStroke(Color.web(style.colour()));
        line.setStrokeWidth(width);
        line.setStrokeLineCap(StrokeLineCap.BUTT);
        switch (style.pattern()) {
            case DASHED -> line.getStrokeDashArray().setAll(3 * width, 1.6 * width);
            case DOTTED -> {
                // Round caps on near-empty dashes draw round dots of the line's thickness.
                line.setStrokeLineCap(StrokeLineCap.ROUND);
                line.getStrokeDashArray().setAll(0.01, 1.7 * width);
            }
            default -> { }
        }
        return line;
    }
}
