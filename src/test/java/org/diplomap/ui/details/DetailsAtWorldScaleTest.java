package org.diplomap.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.diplomap.io.SyntheticWorld;
import org.diplomap.model.State;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A state of a world-sized dataset has hundreds of ties at a date and thousands over its history: the panel
 * must build nodes for what fits on screen only, or the first frame after a click waits on styling them all.
 */
@ExtendWith(ApplicationExtension.class)
class DetailsAtWorldScaleTest {

    private static final TimelineIndex WORLD = TimelineIndex.of(SyntheticWorld.generate(
            new SyntheticWorld.Options(200, 100_000, 1816, 2026, 42)));
    private static final LocalDate DAY = LocalDate.of(2000, 1, 1);
    /** Far more than a screenful of rows needs, far fewer than a node or two per tie. */
    private static final int MAX_NODES = 600;

    private final DetailsViewModel model = new DetailsViewModel();
    private DetailsView view;

    @Start
    void start(Stage stage) {
        model.setIndex(WORLD);
        model.dateProperty().set(DAY);
        view = new DetailsView(model);
        stage.setScene(new Scene(view, 340, 900));
        stage.show();
    }

    @Test
    void selectingTheBusiestStateBuildsNodesForTheScreenNotForEveryTie(FxRobot robot) {
        String busiest = WORLD.states().stream().map(State::code)
                .max(Comparator.comparingInt(code -> WORLD.activeTiesOf(code, DAY).size())).orElseThrow();

        long began = System.nanoTime();
        robot.interact(() -> model.select(busiest));
        WaitForAsyncUtils.waitForFxEvents();
        long millis = (System.nanoTime() - began) / 1_000_000;
        int nodes = count(view);
        System.out.printf("details of %s: %d ties at %s, %d in its history, %d nodes, %d ms%n", busiest,
                model.rows().size(), DAY, model.history().size(), nodes, millis);

        assertThat(model.rows()).hasSizeGreaterThan(200);
        assertThat(model.history()).hasSizeGreaterThan(1000);
        assertThat(robot.lookup(".details-tie").queryAll()).isNotEmpty();
        assertThat(nodes).isLessThan(MAX_NODES);
    }

    private static int count(Node node) {
        int nodes = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                nodes += count(child);
            }
        }
        return nodes;
    }
}
