package org.diplomap.ui.details;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.diplomap.ui.details.DetailsViewModel.HistoryBar;

/**
 * The history of a state as a small timeline: one row per tie, its label above a bar from start to end in
 * the type's colour and pattern, year marks on top and a line at the current date. A state can have thousands
 * of ties over its history, so the rows are drawn on one canvas the size of the panel, from where its scroll
 * bar stands, rather than made nodes.
 */
final class HistoryChart extends Region {

    static final double AXIS = 18;
    static final double ROW = 30;
    private static final double SIDE = 10;
    private static final double BAR = 6;
    private static final double BAR_Y = 21;
    private static final double FADE = 10;
    /** Past this many rows the chart scrolls. */
    private static final double MAX_HEIGHT = AXIS + 14 * ROW + 4;
    private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 25, 50, 100};
    private static final Color DATE = Color.web("#C0392B");
    private static final Color GRID = Color.web("#E6E6E6");
    private static final Color HOVER = Color.web("#EAF0F6");
    private static final Color LABEL = Color.web("#404040");
    private static final Color YEAR = Color.web("#888888");
    private static final Font LABEL_FONT = Font.font(11);
    private static final Font YEAR_FONT = Font.font(10);

    private final DetailsViewModel model;
    private final Canvas canvas = new Canvas();
    private final ScrollBar scroll = new ScrollBar();
    private final Tooltip tip = new Tooltip();
    private int hovered = -1;

    HistoryChart(DetailsViewModel model) {
        this.model = model;
        setId("details-history");
        getStyleClass().add("details-history");
        setMinWidth(0);
        canvas.setId("details-history-canvas");
        scroll.setOrientation(Orientation.VERTICAL);
        scroll.setUnitIncrement(ROW);
        getChildren().addAll(canvas, scroll);
        tip.setShowDelay(Duration.millis(300));

        model.history().addListener((ListChangeListener<HistoryBar>) change -> {
            scroll.setValue(0);
            requestLayout();
            redraw();
        });
        model.dateProperty().addListener((obs, old, day) -> redraw());
        scroll.valueProperty().addListener((obs, old, value) -> redraw());
        canvas.setOnScroll(this::scrollBy);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> {
            hovered = -1;
            Tooltip.uninstall(canvas, tip);
            redraw();
        });
        canvas.setOnMouseClicked(e -> {
            int index = rowAt(e.getY());
            if (index >= 0) {
                model.goTo(model.history().get(index).tie());
                e.consume();
            }
        });
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.min(contentHeight(), MAX_HEIGHT);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        double hidden = Math.max(0, contentHeight() - height);
        scroll.setVisible(hidden > 0);
        double barWidth = hidden > 0 ? scroll.prefWidth(-1) : 0;
        scroll.resizeRelocate(width - barWidth, 0, barWidth, height);
        scroll.setMax(hidden);
        scroll.setVisibleAmount(hidden == 0 ? 0 : height * hidden / contentHeight());
        scroll.setBlockIncrement(Math.max(ROW, height - ROW));
        if (scroll.getValue() > hidden) {
            scroll.setValue(hidden);
        }
        canvas.setWidth(Math.max(0, width - barWidth));
        canvas.setHeight(Math.max(0, height));
        redraw();
    }

    private double contentHeight() {
        int bars = model.history().size();
        return bars == 0 ? ROW : AXIS + bars * ROW + 4;
    }

    /** The row under a y of the canvas, or -1 for the axis or below the last row. */
    int rowAt(double y) {
        if (y < AXIS) {
            return -1;
        }
        int index = (int) ((y - AXIS + scroll.getValue()) / ROW);
        return index < model.history().size() ? index : -1;
    }

    /** The y of the middle of a row on the canvas as scrolled now. */
    double rowCentreY(int index) {
        return AXIS + index * ROW - scroll.getValue() + ROW / 2;
    }

    /** Where the bar of a row begins, or NaN when there is none. */
    double barStartX(int index) {
        Scale scale = scale();
        return scale == null ? Double.NaN : scale.x(model.history().get(index).start());
    }

    /** Where the line of the current date stands, or NaN when it is off the chart. */
    double dateX() {
        Scale scale = scale();
        LocalDate day = model.dateProperty().get();
        if (scale == null || day == null || day.isBefore(scale.from) || day.isAfter(scale.to)) {
            return Double.NaN;
        }
        return scale.x(day);
    }

    /** Scrolls the rows until the given one is in view. */
    void scrollTo(int index) {
        double top = index * ROW;
        double visible = canvas.getHeight() - AXIS;
        if (top < scroll.getValue()) {
            scroll.setValue(top);
        } else if (top + ROW > scroll.getValue() + visible) {
            scroll.setValue(Math.min(scroll.getMax(), top + ROW - visible));
        }
    }

    private void scrollBy(ScrollEvent e) {
        scroll.setValue(Math.max(0, Math.min(scroll.getMax(), scroll.getValue() - e.getDeltaY())));
        e.consume();
    }

    private void hover(MouseEvent e) {
        int index = rowAt(e.getY());
        if (index == hovered) {
            return;
        }
        hovered = index;
        if (index < 0) {
            Tooltip.uninstall(canvas, tip);
        } else {
            HistoryBar bar = model.history().get(index);
            tip.setText(bar.label() + "\n" + bar.tie().start()
                    + (bar.open() ? " onwards" : " \u2013 " + bar.tie().end()) + "\nClick to go to " + bar.tie().start());
            Tooltip.install(canvas, tip);
        }
        redraw();
    }

    /** Days to x positions; null when there is nothing to show. */
    private Scale scale() {
        LocalDate start = model.historyStartProperty().get();
        LocalDate end = model.historyEndProperty().get();
        if (model.history().isEmpty() || start == null || end == null) {
            return null;
        }
        // Room on the left so that the first bar does not touch the edge, and half a year on the right (as on
        // the timeline slider) where ties still running go on past the last event.
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        LocalDate from = start.minusDays(days / 40 + 1);
        LocalDate to = end.plusDays(Math.max(days / 20, 183));
        return new Scale(from, to, SIDE, Math.max(SIDE + 1, canvas.getWidth() - SIDE));
    }

    private void redraw() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        Scale scale = scale();
        if (scale == null) {
            g.setFill(YEAR);
            g.setFont(LABEL_FONT);
            g.setTextBaseline(VPos.TOP);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText("No tie in the data", SIDE, 8);
            return;
        }
        List<HistoryBar> bars = model.history();
        int first = Math.max(0, (int) (scroll.getValue() / ROW));
        int last = Math.min(bars.size() - 1, (int) ((scroll.getValue() + height - AXIS) / ROW));

        g.save();
        g.beginPath();
        g.rect(0, AXIS, width, Math.max(0, height - AXIS));
        g.clip();
        drawGrid(g, scale, height);
        for (int i = first; i <= last; i++) {
            drawRow(g, i, bars.get(i), scale);
        }
        g.restore();
        drawYears(g, scale);
        double x = dateX();
        if (!Double.isNaN(x)) {
            g.setStroke(DATE);
            g.setLineWidth(1.5);
            g.setLineDashes(null);
            g.setLineCap(javafx.scene.shape.StrokeLineCap.BUTT);
            g.strokeLine(x, AXIS - 4, x, Math.min(height, contentHeight() - scroll.getValue()));
        }
    }

    private int yearStep(Scale scale) {
        int firstYear = scale.from.getYear() + 1;
        int lastYear = scale.to.getYear();
        int maxLabels = Math.max(2, (int) ((scale.right - scale.left) / 48));
        for (int candidate : YEAR_STEPS) {
            if ((lastYear - firstYear) / candidate + 1 <= maxLabels) {
                return candidate;
            }
        }
        return YEAR_STEPS[YEAR_STEPS.length - 1];
    }

    private void drawGrid(GraphicsContext g, Scale scale, double height) {
        int step = yearStep(scale);
        g.setStroke(GRID);
        g.setLineWidth(1);
        g.setLineDashes(null);
        for (int year = firstMark(scale, step); year <= scale.to.getYear(); year += step) {
            double x = Math.round(scale.x(LocalDate.of(year, 1, 1))) + 0.5;
            g.strokeLine(x, AXIS - 3, x, height);
        }
    }

    private void drawYears(GraphicsContext g, Scale scale) {
        int step = yearStep(scale);
        g.setFill(YEAR);
        g.setFont(YEAR_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BASELINE);
        for (int year = firstMark(scale, step); year <= scale.to.getYear(); year += step) {
            g.fillText(Integer.toString(year), scale.x(LocalDate.of(year, 1, 1)), AXIS - 6);
        }
    }

    private static int firstMark(Scale scale, int step) {
        int firstYear = scale.from.getYear() + 1;
        return (firstYear + step - 1) / step * step;
    }

    private void drawRow(GraphicsContext g, int index, HistoryBar bar, Scale scale) {
        double top = AXIS + index * ROW - scroll.getValue();
        if (index == hovered) {
            g.setFill(HOVER);
            g.fillRect(0, top, canvas.getWidth(), ROW - 2);
        }
        g.setFill(LABEL);
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        g.fillText(bar.label(), SIDE, top + 12);
        double x1 = scale.x(bar.start());
        // A tie still running is drawn to the right edge, fading, for it has no end to show.
        double x2 = bar.open() ? scale.right() - FADE : Math.max(x1 + 2, scale.x(bar.end()));
        TieLines.stroke(g, bar.tie().type(), x1, top + BAR_Y, x2, top + BAR_Y, BAR);
        if (bar.open()) {
            g.setGlobalAlpha(0.35);
            TieLines.stroke(g, bar.tie().type(), x2, top + BAR_Y, scale.right(), top + BAR_Y, BAR);
            g.setGlobalAlpha(1);
        }
    }

    /** Days to x positions between two margins. */
    private record Scale(LocalDate from, LocalDate to, double left, double right) {

        double x(LocalDate day) {
            double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
            return left + ChronoUnit.DAYS.between(from, day) / span * (right - left);
        }
    }
}
