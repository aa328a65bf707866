package org.diplomap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.diplomap.model.Confidence;
import org.diplomap.model.Snapshot;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.timeline.Ranking;
import org.diplomap.timeline.SideChange;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Who changed sides, the ranking and the confidence filter in the window, on the two Chinas. */
class QuestionsWindowTest extends WindowTest {

    private static final LocalDate FROM = LocalDate.of(1970, 1, 1);
    private static final LocalDate TO = LocalDate.of(1975, 1, 1);

    private void openTheTwoChinasAt(FxRobot robot, LocalDate day) throws Exception {
        shownAt(RECOGNITION_DAY);
        robot.interact(() -> context.shell().importFiles(List.of(Path.of("assets", "data", "two-chinas.json")), true));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.shell().indexProperty().get() != null
                && context.shell().indexProperty().get().state("TWN").isPresent() && !context.shell().busyProperty().get()
                && context.network().networkProperty().get() != null
                && context.network().networkProperty().get().index() == context.shell().indexProperty().get()
                && context.network().idle());
        robot.interact(() -> context.timeline().moveTo(day));
        shownAt(day);
    }

    private String selectedTab(FxRobot robot) {
        return robot.lookup("#side-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    @SuppressWarnings("unchecked")
    private ListView<SideChange> changesList(FxRobot robot) {
        return robot.lookup("#changes-list").queryAs(ListView.class);
    }

    @Test
    void theChangesSinceTheCompareDateAreListedAndAClickGoesToTheDayAndSelectsTheState(FxRobot robot)
            throws Exception {
        openTheTwoChinasAt(robot, FROM);
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        robot.interact(() -> context.timeline().moveTo(TO));
        shownAt(TO);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !changesList(robot).getItems().isEmpty());

        assertThat(selectedTab(robot)).isEqualTo("tab-changes");
        assertThat(context.network().compareDateProperty().get()).isEqualTo(FROM);
        List<SideChange> rows = changesList(robot).getItems();
        SideChange japan = rows.stream().filter(c -> c.state().equals("JPN") && c.type() == TieType.RECOGNITION)
                .findFirst().orElseThrow();
        assertThat(japan.kind()).isEqualTo(SideChange.Kind.SWITCH);
        int position = rows.indexOf(japan);
        robot.interact(() -> changesList(robot).scrollTo(position));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(robot.lookup("#changes-list .list-cell")
                .match((ListCell<?> cell) -> cell.getIndex() == position).queryAs(ListCell.class));
        Snapshot shown = shownAt(LocalDate.of(1972, 9, 29));

        assertThat(context.network().selected()).isEqualTo("JPN");
        assertThat(shown.ties()).contains(japan.gained()).doesNotContain(japan.lost());
        assertThat(drawn().lookOf("JPN")).hasValueSatisfying(look ->
                assertThat(look).isEqualTo(org.diplomap.render.Composition.StateLook.SELECTED));
        // The list keeps its period: the rows stay where they were, the one chosen selected.
        assertThat(changesList(robot).getItems()).isEqualTo(rows);
        assertThat(changesList(robot).getSelectionModel().getSelectedIndex()).isEqualTo(position);

        // Down moves to the next row, not to the next event; Enter goes to its day.
        robot.type(KeyCode.DOWN);
        assertThat(context.timeline().getDate()).isEqualTo(LocalDate.of(1972, 9, 29));
        assertThat(changesList(robot).getSelectionModel().getSelectedIndex()).isEqualTo(position + 1);
        robot.type(KeyCode.ENTER);
        SideChange next = rows.get(position + 1);
        shownAt(next.date().firstDay());
        assertThat(context.network().selected()).isEqualTo(next.state());
    }

    @Test
    void theRankingTableRanksAtTheDateShownAndAClickSelectsTheState(FxRobot robot) throws Exception {
        openTheTwoChinasAt(robot, LocalDate.of(2024, 2, 1));
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        TableView<Ranking.Row> table = robot.lookup("#ranking-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());

        assertThat(selectedTab(robot)).isEqualTo("tab-ranking");
        assertThat(table.getItems().get(0).code()).isEqualTo("CHN");
        assertThat(table.getItems()).hasSize(shownAt(LocalDate.of(2024, 2, 1)).states().size());
        // The side panel has widened for the table: its rows are where they will stay.
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#ranking-table .table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == 0).queryAs(TableRow.class));

        assertThat(context.network().selected()).isEqualTo("CHN");
        assertThat(drawn().lookOf("CHN")).hasValue(
                org.diplomap.render.Composition.StateLook.SELECTED);
    }

    @Test
    void theConfidenceFilterLeavesTheLessSureTiesOutOfThePictureAndTheCounts(FxRobot robot) throws Exception {
        LocalDate day = LocalDate.of(1971, 10, 25);
        openTheTwoChinasAt(robot, day);
        Snapshot shown = shownAt(day);
        long sureRecognitions = shown.ties().stream().filter(t -> t.type() == TieType.RECOGNITION
                && t.confidence() == Confidence.HIGH).count();
        long recognitions = shown.ties().stream().filter(t -> t.type() == TieType.RECOGNITION).count();
        assertThat(legendCount(robot, TieType.RECOGNITION)).isEqualTo((int) recognitions);
        assertThat(drawn().tieLooks()).hasSize(shown.ties().size());

        @SuppressWarnings("unchecked")
        ChoiceBox<Confidence> filter = robot.lookup("#legend-confidence").queryAs(ChoiceBox.class);
        robot.interact(() -> filter.setValue(Confidence.HIGH));

        assertThat(legendCount(robot, TieType.RECOGNITION)).isEqualTo((int) sureRecognitions).isLessThan((int) recognitions);
        assertThat(drawn().tieLooks().keySet()).containsExactlyInAnyOrderElementsOf(shown.ties().stream()
                .filter(t -> t.confidence() == Confidence.HIGH).map(Tie::id).toList());
        assertThat(view.networkView().networkGraph().isVisible(shown.ties().stream()
                .filter(t -> t.confidence() == Confidence.LOW).findFirst().orElseThrow().id())).isFalse();
    }
}
