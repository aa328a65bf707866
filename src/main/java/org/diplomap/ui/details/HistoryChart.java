package org.diplomap.ui.details;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.diplomap.ui.details.DetailsViewModel.HistoryBar;

/**
 * The history of a state as a small timeline: one row per tie, its label above a bar from start to end in
 * the type's colour and pattern, year marks on top and a line at the current date. Redrawn whole when
 * anything changes: a state has tens of ties, not thousands.
 */
final class HistoryChart extends Pane {

    private static final double AXIS = 18;
    private static final double ROW = 30;
    private static final double SIDE = 10;
    private static final double BAR = 6;
    private static final double FADE = 10;
    private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 25, 50, 100};

    private final DetailsViewModel model;

    HistoryChart(DetailsViewModel model) {
        this.model = model;
        setId("details-history");
        getStyleClass().add("details-history");
        setMinWidth(0);
        // Long labels in a narrow panel are cut at its edge rather than drawn over its neighbour.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        model.history().addListener((ListChangeListener<HistoryBar>) change -> redraw());
        model.dateProperty().addListener((obs, old, day) -> redraw());
        widthProperty().addListener((obs, old, width) -> redraw());
        redraw();
    }

    private void redraw() {
        getChildren().clear();
        List<HistoryBar> bars = model.history();
        LocalDate start = model.historyStartProperty().get();
        LocalDate end = model.historyEndProperty().get();
        double height = bars.isEmpty() ? ROW : AXIS + bars.size() * ROW + 4;
        setPrefHeight(height);
        setMinHeight(height);
        if (bars.isEmpty() || start == null || end == null) {
            Label none = new Label("No tie in the data");
            none.getStyleClass().add("details-empty");
            none.relocate(SIDE, 6);
            getChildren().add(none);
            return;
        }
        // Room on the left so that the first bar does not touch the edge, and half a year on the right (as on
        // the timeline slider) where ties still running go on past the last event.
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        LocalDate from = start.minusDays(days / 40 + 1);
        LocalDate to = end.plusDays(Math.max(days / 20, 183));
        Scale scale = new Scale(from, to, SIDE, Math.max(SIDE + 1, getWidth() - SIDE));

        drawYears(scale, height);
        for (int i = 0; i < bars.size(); i++) {
            getChildren().add(row(i, bars.get(i), scale));
        }
        LocalDate day = model.dateProperty().get();
        if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
            double x = scale.x(day);
            Line now = new Line(x, AXIS - 4, x, height);
            now.setId("details-history-date");
            now.getStyleClass().add("details-history-date");
            now.setStroke(Color.web("#C0392B"));
            now.setStrokeWidth(1.5);
            now.setMouseTransparent(true);
            getChildren().add(now);
        }
    }

    private void drawYears(Scale scale, double height) {
        int firstYear = scale.from.getYear() + 1;
        int lastYear = scale.to.getYear();
        double width = scale.right - scale.left;
        int maxLabels = Math.max(2, (int) (width / 48));
        int step = YEAR_STEPS[YEAR_STEPS.length - 1];
        for (int candidate : YEAR_STEPS) {
            if ((lastYear - firstYear) / candidate + 1 <= maxLabels) {
                step = candidate;
                break;
            }
        }
        for (int year = (firstYear + step - 1) / step * step; year <= lastYear; year += step) {
            double x = scale.x(LocalDate.of(year, 1, 1));
            Line grid = new Line(x, AXIS - 3, x, height);
            grid.getStyleClass().add("details-history-grid");
            grid.setStroke(Color.web("#E6E6E6"));
            Text label = new Text(Integer.toString(year));
            label.getStyleClass().add("details-history-year");
            label.setX(x - label.getLayoutBounds().getWidth() / 2);
            label.setY(AXIS - 6);
            getChildren().addAll(grid, label);
        }
    }

    private Pane row(int index, HistoryBar bar, Scale scale) {
        Pane row = new Pane();
        row.setId("details-history-" + index);
        row.getStyleClass().add("details-history-row");
        row.relocate(0, AXIS + index * ROW);
        row.setPrefSize(getWidth(), ROW);
        // The whole row answers the mouse, not only the thin bar.
        Rectangle hit = new Rectangle(getWidth(), ROW - 2, Color.TRANSPARENT);
        hit.getStyleClass().add("details-history-hit");
        Text label = new Text(SIDE, 12, bar.label());
        label.getStyleClass().add("details-history-label");
        double x1 = scale.x(bar.start());
        // A tie still running is drawn to the right edge, fading, for it has no end to show.
        double x2 = bar.open() ? scale.right() - FADE : Math.max(x1 + 2, scale.x(bar.end()));
        Line line = TieLines.of(bar.tie().type(), x1, 21, x2, 21, BAR);
        line.getStyleClass().add("details-history-bar");
        row.getChildren().addAll(hit, label, line);
        if (bar.open()) {
            Line tail = TieLines.of(bar.tie().type(), x2, 21, scale.right(), 21, BAR);
            tail.setOpacity(0.35);
            row.getChildren().add(tail);
        }
        Tooltip tip = new Tooltip(bar.label() + "\n" + bar.tie().start()
                + (bar.open() ? " onwards" : " \u2013 " + bar.tie().end()) + "\nClick to go to " + bar.tie().start());
        tip.setShowDelay(Duration.millis(300));
        Tooltip.install(row, tip);
        row.setOnMouseClicked(e -> model.goTo(bar.tie()));
        return row;
    }

    /** Days to x positions between two margins. */
    private record Scale(LocalDate from, LocalDate to, double left, double right) {

        double x(LocalDate day) {
            double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
            return left + ChronoUnit.DAYS.between(from, day) / span * (right - left);
        }
    }
}
