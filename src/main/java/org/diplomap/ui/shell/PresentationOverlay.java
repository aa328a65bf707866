package org.diplomap.ui.shell;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * What presentation mode lays over the graph: the saved view of the briefing and its place ("Recognition 3 / 7")
 * in the top right corner, and a short hint on how to leave, which fades after a moment instead of covering the
 * graph while the briefer starts talking.
 */
final class PresentationOverlay {

    /** How long the hint stays before it fades. */
    static final Duration HINT_SHOWN = Duration.seconds(1.5);

    private final Label place = new Label();
    private final Label hint = new Label("Presentation mode: Escape or F11 leaves");
    private final SequentialTransition hintFading;

    PresentationOverlay(StackPane graphArea, ReadOnlyStringProperty briefingPlace, ObservableBooleanValue presenting) {
        place.setId("presentation-view");
        place.textProperty().bind(briefingPlace);
        place.setStyle("-fx-font-size: 20px; -fx-text-fill: #333; -fx-background-color: rgba(255,255,255,0.85);"
                + " -fx-background-radius: 4; -fx-padding: 4 10 4 10;");
        place.setMouseTransparent(true);
        StackPane.setAlignment(place, Pos.TOP_RIGHT);
        StackPane.setMargin(place, new Insets(8, 12, 0, 0));
        hint.setId("presentation-hint");
        hint.setStyle("-fx-font-size: 12px; -fx-text-fill: white; -fx-background-color: rgba(40,40,40,0.75);"
                + " -fx-background-radius: 4; -fx-padding: 3 8 3 8;");
        hint.setMouseTransparent(true);
        hint.setVisible(false);
        StackPane.setAlignment(hint, Pos.BOTTOM_CENTER);
        StackPane.setMargin(hint, new Insets(0, 0, 10, 0));
        FadeTransition fade = new FadeTransition(Duration.millis(400), hint);
        fade.setToValue(0);
        hintFading = new SequentialTransition(new PauseTransition(HINT_SHOWN), fade);
        hintFading.setOnFinished(e -> hint.setVisible(false));
        graphArea.getChildren().addAll(place, hint);
        place.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> presenting.get() && !briefingPlace.get().isEmpty(), briefingPlace, presenting));
        presenting.addListener((obs, was, on) -> showHint(on));
    }

    private void showHint(boolean on) {
        hintFading.stop();
        hint.setOpacity(1);
        hint.setVisible(on);
        if (on) {
            hintFading.playFromStart();
        }
    }
}
