package org.diplomap.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.diplomap.model.TieType;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.ViewPictures;
import org.diplomap.ui.task.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TieChartViewTest {

    private TieChartViewModel model;

    @Start
    void start(Stage stage) {
        model = new TieChartViewModel(new SameThreadTaskRunner(), e -> { throw new AssertionError(e); });
        model.setIndex(TimelineIndex.of(Workspace.bundledDataset()));
        model.dateProperty().set(LocalDate.of(2025, 7, 3));
        stage.setScene(new Scene(new TieChartView(model), 900, 320));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static LineChart<Number, Number> chart(FxRobot robot) {
        return robot.lookup("#tie-chart").queryAs(LineChart.class);
    }

    private static Line marker(FxRobot robot) {
        return robot.lookup("#tie-chart-marker").queryAs(Line.class);
    }

    private static double markerX(FxRobot robot) {
        Bounds bounds = marker(robot).localToScene(marker(robot).getBoundsInLocal());
        return bounds.getCenterX();
    }

    @Test
    void showsOneSeriesWithDataPerTieTypeNamedByItsLabel(FxRobot robot) {
        LineChart<Number, Number> chart = chart(robot);

        assertThat(chart.getData()).extracting(XYChart.Series::getName)
                .containsExactly(TieType.RECOGNITION.label(), TieType.AMBASSADOR.label(), TieType.ENGAGEMENT.label());
        assertThat(chart.getData()).allSatisfy(series -> assertThat(series.getData())
                .hasSizeGreaterThanOrEqualTo(TieChartViewModel.SAMPLES)
                .anyMatch(point -> point.getYValue().intValue() > 0));
        assertThat(chart.getTitle()).isEqualTo("Active ties by type");
        robot.interact(() -> ViewPictures.write(robot.lookup("#tie-chart-view").query(), "tie-chart"));
    }

    @Test
    void eachLineHasTheColourOfItsTieType(FxRobot robot) {
        LineChart<Number, Number> chart = chart(robot);

        for (TieType type : TieType.values()) {
            javafx.scene.shape.Path line = (javafx.scene.shape.Path) chart.getData().get(type.ordinal()).getNode();
            assertThat(line.getStroke()).isEqualTo(javafx.scene.paint.Color.web(
                    org.diplomap.graph.TieStyle.of(type).colour()));
        }
    }

    @Test
    void theMarkerStandsAtTheDateAndMovesWithIt(FxRobot robot) {
        LineChart<Number, Number> chart = chart(robot);
        javafx.scene.chart.NumberAxis years = (javafx.scene.chart.NumberAxis) chart.getXAxis();
        double at2025 = years.localToScene(years.getDisplayPosition(TieChartViewModel.yearOf(LocalDate.of(2025, 7, 3))), 0).getX();

        assertThat(marker(robot).isVisible()).isTrue();
        assertThat(markerX(robot)).isCloseTo(at2025, org.assertj.core.data.Offset.offset(1.5));
        assertThat(marker(robot).getEndY() - marker(robot).getStartY()).isGreaterThan(100);

        robot.interact(() -> model.dateProperty().set(LocalDate.of(2000, 1, 1)));
        WaitForAsyncUtils.waitForFxEvents();

        double at2000 = years.localToScene(years.getDisplayPosition(2000.0), 0).getX();
        assertThat(markerX(robot)).isCloseTo(at2000, org.assertj.core.data.Offset.offset(1.5));
        assertThat(at2000).isLessThan(at2025 - 200);
    }

    @Test
    void aFocusRedrawsTheLinesForThatStateAndSaysSoInTheTitle(FxRobot robot) {
        robot.interact(() -> model.focusProperty().set("PAK"));
        WaitForAsyncUtils.waitForFxEvents();
        LineChart<Number, Number> chart = chart(robot);

        assertThat(chart.getTitle()).isEqualTo("Active ties of Pakistan");
        XYChart.Series<Number, Number> recognition = chart.getData().get(TieType.RECOGNITION.ordinal());
        assertThat(recognition.getData()).allMatch(point -> point.getYValue().intValue() <= 1)
                .anyMatch(point -> point.getYValue().intValue() == 1);
        robot.interact(() -> ViewPictures.write(robot.lookup("#tie-chart-view").query(), "tie-chart-pakistan"));
    }
}
