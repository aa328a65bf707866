package org.diplomap.ui.events;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The caption over the network: the date as written, the title in large bold type and the source, on a
 * translucent white panel that lets the graph show through. Hidden when the date has no event; it lets the
 * mouse through to the graph beneath.
 */
public final class CaptionView extends VBox {

    /** At scale 1; every size grows with the model's scale. */
    private static final double TITLE_SIZE = 22;
    private static final double DATE_SIZE = 14;
    private static final double SOURCE_SIZE = 13;
    private static final double WIDTH = 520;
    /**
     * Lines shown at most: a caption as long as a paragraph would push the network into a strip (the graph is
     * laid out below the caption band); the whole text is in the event list beside the timeline.
     */
    private static final int TITLE_LINES = 3;
    private static final double LINE_HEIGHT = 1.3;

    public CaptionView(CaptionViewModel model) {
        setId("caption");
        setMouseTransparent(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setStyle("-fx-background-color: rgba(255,255,255,0.88); -fx-background-radius: 8;"
                + " -fx-border-color: rgba(0,0,0,0.12); -fx-border-radius: 8;");
        setEffect(new DropShadow(12, 0, 2, Color.rgb(0, 0, 0, 0.18)));

        Label date = new Label();
        date.setId("caption-date");
        date.textProperty().bind(model.dateTextProperty());

        Label title = new Label();
        title.setId("caption-title");
        title.setWrapText(true);
        title.textProperty().bind(model.titleProperty());

        Label source = new Label();
        source.setId("caption-source");
        // One line, cut with an ellipsis: the caption stands over the graph, and the whole source is in the details.
        source.setWrapText(false);
        source.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        source.textProperty().bind(model.sourceProperty());
        // An empty source takes no room.
        source.managedProperty().bind(source.textProperty().isNotEmpty());
        source.visibleProperty().bind(source.managedProperty());

        date.styleProperty().bind(Bindings.createStringBinding(() -> font(DATE_SIZE, model.getScale(), "bold")
                + " -fx-text-fill: #5A5A5A;", model.scaleProperty()));
        title.styleProperty().bind(Bindings.createStringBinding(() -> font(TITLE_SIZE, model.getScale(), "bold")
                + " -fx-text-fill: #1A1A1A;", model.scaleProperty()));
        source.styleProperty().bind(Bindings.createStringBinding(() -> font(SOURCE_SIZE, model.getScale(), "normal")
                + " -fx-text-fill: #505050; -fx-font-style: italic;", model.scaleProperty()));
        spacingProperty().bind(model.scaleProperty().multiply(4));
        paddingProperty().bind(Bindings.createObjectBinding(() -> {
            double s = model.getScale();
            return new Insets(12 * s, 18 * s, 14 * s, 18 * s);
        }, model.scaleProperty()));
        prefWidthProperty().bind(model.scaleProperty().multiply(WIDTH));
        title.maxWidthProperty().bind(prefWidthProperty());
        source.maxWidthProperty().bind(prefWidthProperty());
        title.maxHeightProperty().bind(model.scaleProperty().multiply(TITLE_SIZE * LINE_HEIGHT * TITLE_LINES));

        visibleProperty().bind(model.showingProperty());
        getChildren().addAll(date, title, source);
    }

    private static String font(double size, double scale, String weight) {
        return String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx; -fx-font-weight: %s;", size * scale, weight);
    }
}
