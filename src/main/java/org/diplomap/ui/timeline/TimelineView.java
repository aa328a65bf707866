package org.diplomap.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;

/**
 * The timeline bar: a slider over the span of the data with year ticks and a mark on each event day, the date
 * as text, a field to type a date, and buttons to step from event to event.
 */
public final class TimelineView extends VBox {

    private final TimelineViewModel model;
    private final Slider slider = new Slider();
    private final Pane eventMarks = new Pane();
    private boolean updatingSlider;
    /** Drives playing: on each frame, tells the model how much time passed. */
    private final AnimationTimer clock = new AnimationTimer() {
        private long last;

        @Override
        public void handle(long now) {
            if (last != 0) {
                model.advance((now - last) / 1e9);
            }
            last = now;
        }
    };

    public TimelineView(TimelineViewModel model) {
        this.model = model;
        setId("timeline");
        setPadding(new Insets(6, 12, 8, 12));
        setSpacing(2);
        getStyleClass().add("timeline");

        slider.setId("timeline-slider");
        // Ticks and their years come with the span of the data: before it, every tick would read 1970.
        slider.setShowTickMarks(false);
        slider.setShowTickLabels(false);
        slider.setMinorTickCount(0);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double epochDay) {
                return TimelineViewModel.dayOf(epochDay).map(d -> Integer.toString(d.getYear())).orElse("");
            }

            @Override
            public Double fromString(String text) {
                return 0.0;
            }
        });
        slider.setTooltip(new Tooltip("Drag to move through time; the network redraws as it stood that day"));
        slider.valueProperty().addListener((obs, old, value) -> {
            if (!updatingSlider) {
                TimelineViewModel.dayOf(value.doubleValue()).ifPresent(model::moveTo);
            }
        });
        model.dateProperty().addListener((obs, old, day) -> placeThumb(day));
        model.firstDayProperty().addListener((obs, old, day) -> updateSpan());
        model.lastDayProperty().addListener((obs, old, day) -> updateSpan());
        model.eventDays().addListener((javafx.collections.ListChangeListener<LocalDate>) change -> drawEventMarks());
        slider.widthProperty().addListener((obs, old, width) -> drawEventMarks());

        eventMarks.setId("timeline-event-marks");
        eventMarks.setMinHeight(8);
        eventMarks.setPrefHeight(8);
        eventMarks.setMouseTransparent(true);

        Label date = new Label();
        date.setId("timeline-date");
        date.textProperty().bind(model.dateTextProperty());
        // In em, so that it grows with the type of presentation mode.
        date.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        date.setMinWidth(Region.USE_PREF_SIZE);

        Label event = new Label();
        event.setId("timeline-event");
        event.textProperty().bind(model.eventTextProperty());
        event.setStyle("-fx-text-fill: #444;");
        // A long event title is cut short rather than squeezing the buttons beside it.
        event.setMinWidth(0);
        event.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(event, Priority.ALWAYS);
        event.setTooltip(new Tooltip());
        event.getTooltip().textProperty().bind(model.eventTextProperty());

        TextField field = new TextField();
        field.setId("timeline-date-field");
        field.setPromptText("YYYY-MM-DD");
        field.setPrefColumnCount(10);
        field.setTooltip(new Tooltip("Type a date (2025-07-03, 2023-09 or 1997) and press Enter"));
        field.setOnAction(e -> {
            if (model.goTo(field.getText())) {
                field.clear();
                // The keys go back to the timeline, so that the next Right or Left steps from the date typed.
                slider.requestFocus();
            }
        });

        Label error = new Label();
        error.setId("timeline-error");
        error.textProperty().bind(model.errorProperty());
        error.setStyle("-fx-text-fill: #B00020;");

        Button previous = new Button("\u25C0 Previous event");
        previous.setId("timeline-previous");
        previous.setTooltip(new Tooltip("Go to the previous day on which something happened (Left)"));
        previous.setOnAction(e -> model.previousEvent());
        Button next = new Button("Next event \u25B6");
        next.setId("timeline-next");
        next.setTooltip(new Tooltip("Go to the next day on which something happens (Right)"));
        next.setOnAction(e -> model.nextEvent());

        Button play = new Button();
        play.setId("timeline-play");
        play.setMinWidth(Region.USE_PREF_SIZE);
        // Drawn glyphs: the pause sign is missing from many fonts, which show a box in its place.
        play.textProperty().bind(javafx.beans.binding.Bindings.when(model.playingProperty())
                .then("Pause").otherwise("Play"));
        play.graphicProperty().bind(javafx.beans.binding.Bindings.when(model.playingProperty())
                .then(pauseSign()).otherwise(playSign()));
        play.setTooltip(new Tooltip("Play or pause the timeline (Space)"));
        play.setOnAction(e -> model.togglePlaying());
        ComboBox<TimelineViewModel.Speed> speed = new ComboBox<>();
        speed.setId("timeline-speed");
        speed.getItems().setAll(TimelineViewModel.Speed.values());
        speed.valueProperty().bindBidirectional(model.speedProperty());
        speed.setTooltip(new Tooltip("How fast the timeline plays"));
        clock.start();

        Label goTo = new Label("Go to:");
        goTo.setId("timeline-go-to-label");
        HBox controls = new HBox(10, date, event, error, play, speed, goTo, field, previous, next);
        for (Region control : List.<Region>of(error, speed, goTo, field, previous, next)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        controls.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(eventMarks, slider, controls);
        updateSpan();
    }

    private static javafx.scene.Node playSign() {
        javafx.scene.shape.Polygon triangle = new javafx.scene.shape.Polygon(0, 0, 9, 5, 0, 10);
        triangle.setFill(javafx.scene.paint.Color.web("#333333"));
        triangle.setId("timeline-play-sign");
        return triangle;
    }

    private static javafx.scene.Node pauseSign() {
        HBox bars = new HBox(3, new javafx.scene.shape.Rectangle(3, 10, javafx.scene.paint.Color.web("#333333")),
                new javafx.scene.shape.Rectangle(3, 10, javafx.scene.paint.Color.web("#333333")));
        bars.setAlignment(Pos.CENTER);
        bars.setId("timeline-pause-sign");
        return bars;
    }

    /** In presentation mode the typing and speed controls are hidden. */
    public void setPresenting(boolean on) {
        for (String id : new String[] {"#timeline-date-field", "#timeline-speed", "#timeline-go-to-label"}) {
            javafx.scene.Node node = lookup(id);
            if (node != null) {
                node.setVisible(!on);
                node.setManaged(!on);
            }
        }
    }

    /** Focuses the date field, for the "Go to date" shortcut. */
    public void focusDateField() {
        lookup("#timeline-date-field").requestFocus();
    }

    private void updateSpan() {
        LocalDate first = model.firstDayProperty().get();
        LocalDate last = model.lastDayProperty().get();
        if (first == null || last == null) {
            return;
        }
        updatingSlider = true;
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setMin(first.toEpochDay());
        slider.setMax(last.toEpochDay());
        int years = Math.max(1, last.getYear() - first.getYear());
        // About a dozen labelled ticks whatever the span: every year for decades, every 20 years for centuries.
        int step = years <= 15 ? 1 : years <= 40 ? 2 : years <= 80 ? 5 : years <= 150 ? 10 : 20;
        slider.setMajorTickUnit(step * 365.2425);
        slider.setBlockIncrement(30);
        updatingSlider = false;
        placeThumb(model.getDate());
        drawEventMarks();
    }

    private void placeThumb(LocalDate day) {
        if (day == null) {
            return;
        }
        updatingSlider = true;
        slider.setValue(day.toEpochDay());
        updatingSlider = false;
    }

    private void drawEventMarks() {
        eventMarks.getChildren().clear();
        double span = slider.getMax() - slider.getMin();
        // The slider's track is inset by about half a thumb on each side.
        double inset = 8;
        double width = slider.getWidth() - 2 * inset;
        if (span <= 0 || width <= 0) {
            return;
        }
        // One mark per pixel column at most: a world of 200,000 events must not become 200,000 nodes.
        java.util.BitSet marked = new java.util.BitSet();
        for (LocalDate day : model.eventDays()) {
            double x = inset + (day.toEpochDay() - slider.getMin()) / span * width;
            int column = (int) Math.round(x);
            if (column < 0 || marked.get(column)) {
                continue;
            }
            marked.set(column);
            Line mark = new Line(column, 0, column, 7);
            mark.setStroke(javafx.scene.paint.Color.web("#C0392B"));
            mark.setStrokeWidth(1.5);
            eventMarks.getChildren().add(mark);
        }
    }
}
