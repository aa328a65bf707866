package org.diplomap.ui.chart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.TieType;
import org.diplomap.timeline.TypeCounts;

/**
 * A line chart of the active ties of each type over the span of the data, one line per type in the colour and
 * pattern of the network, with a vertical line at the current date.
 */
public final class TieChartView extends StackPane {

    private final TieChartViewModel model;
    private final NumberAxis years = new NumberAxis();
    private final NumberAxis ties = new NumberAxis();
    private final MarkedLineChart chart = new MarkedLineChart(years, ties);
    private final Map<TieType, XYChart.Series<Number, Number>> series = new EnumMap<>(TieType.class);

    public TieChartView(TieChartViewModel model) {
        this.model = model;
        setId("tie-chart-view");
        setPadding(new Insets(4, 8, 4, 4));

        chart.setId("tie-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setHorizontalGridLinesVisible(true);
        chart.setVerticalGridLinesVisible(false);
        chart.setAlternativeRowFillVisible(false);
        chart.titleProperty().bind(model.titleProperty());
        chart.getStylesheets().add(styleSheet());

        years.setAutoRanging(false);
        years.setMinorTickVisible(false);
        years.setTickLabelFormatter(wholeNumbers());
        ties.setAutoRanging(false);
        ties.setLowerBound(0);
        ties.setMinorTickVisible(false);
        ties.setTickLabelFormatter(wholeNumbers());
        ties.setLabel("Active ties");

        // The series stay for the life of the chart, so that each keeps its colour class (default-color0..2).
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        for (TieType type : TieType.values()) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(type.label());
            series.put(type, line);
            all.add(line);
        }
        chart.setData(FXCollections.observableArrayList(all));

        model.curvesProperty().addListener((obs, old, curves) -> draw(curves));
        model.markerYearProperty().addListener((obs, old, year) -> chart.setMarker(year.doubleValue()));
        draw(model.curvesProperty().get());
        chart.setMarker(model.markerYearProperty().get());
        getChildren().add(chart);
    }

    private void draw(TieChartViewModel.Curves curves) {
        if (curves == null || curves.first() == null) {
            series.values().forEach(line -> line.getData().clear());
            setYearRange(0, 1);
            setCountRange(0);
            return;
        }
        setYearRange(TieChartViewModel.yearOf(curves.first()), TieChartViewModel.yearOf(curves.last()));
        int highest = 0;
        for (TieType type : TieType.values()) {
            series.get(type).getData().setAll(steps(curves.samples(), type));
            for (TypeCounts sample : curves.samples()) {
                highest = Math.max(highest, sample.count(type));
            }
        }
        setCountRange(highest);
    }

    /** The points of one line, drawn as steps: counts change on a day, they do not slope between samples. */
    private static List<XYChart.Data<Number, Number>> steps(List<TypeCounts> samples, TieType type) {
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(samples.size() * 2);
        int previous = -1;
        for (TypeCounts sample : samples) {
            double year = TieChartViewModel.yearOf(sample.day());
            int count = sample.count(type);
            if (previous >= 0 && count != previous) {
                points.add(new XYChart.Data<>(year, previous));
            }
            points.add(new XYChart.Data<>(year, count));
            previous = count;
        }
        return points;
    }

    private void setYearRange(double first, double last) {
        double lower = Math.floor(first);
        double upper = Math.ceil(last);
        years.setLowerBound(lower);
        years.setUpperBound(upper);
        double span = Math.max(1, upper - lower);
        // About a dozen labelled years whatever the span.
        years.setTickUnit(span <= 15 ? 1 : span <= 40 ? 2 : span <= 80 ? 5 : span <= 150 ? 10 : 20);
    }

    private void setCountRange(int highest) {
        // Whole ties only, with a little headroom so that the highest line does not run along the frame.
        int unit = highest <= 8 ? 1 : highest <= 20 ? 2 : highest <= 50 ? 5 : (int) Math.pow(10,
                Math.floor(Math.log10(highest / 4.0)));
        ties.setTickUnit(unit);
        ties.setUpperBound((Math.floorDiv(highest, unit) + 1) * unit);
    }

    private static StringConverter<Number> wholeNumbers() {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return v == Math.rint(v) ? Long.toString((long) v) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        };
    }

    /** The tie colours and line patterns of the network, as CSS for the chart's series and legend. */
    private static String styleSheet() {
        StringBuilder css = new StringBuilder();
        css.append(".chart { -fx-padding: 6 10 4 4; }\n")
                .append(".chart-title { -fx-font-size: 14px; -fx-font-weight: bold; -fx-text-fill: #222; }\n")
                .append(".chart-plot-background { -fx-background-color: white; }\n")
                .append(".chart-horizontal-grid-lines { -fx-stroke: #E6E6E6; }\n")
                .append(".chart-legend { -fx-background-color: transparent; }\n")
                .append(".axis { -fx-tick-label-fill: #444; }\n")
                .append("#tie-chart-marker { -fx-stroke: #222; -fx-stroke-width: 1.5; -fx-stroke-dash-array: 5 3; }\n");
        for (TieType type : TieType.values()) {
            TieStyle style = TieStyle.of(type);
            String colourClass = ".default-color" + type.ordinal();
            String dashes = switch (style.pattern()) {
                case SOLID -> "";
                case DASHED -> " -fx-stroke-dash-array: 9 5;";
                case DOTTED -> " -fx-stroke-dash-array: 1 5;";
            };
            css.append(colourClass).append(".chart-series-line { -fx-stroke: ").append(style.colour())
                    .append("; -fx-stroke-width: 2.5px; -fx-stroke-line-cap: round;").append(dashes).append(" }\n");
            css.append(colourClass).append(".chart-line-symbol { -fx-background-color: ").append(style.colour())
                    .append("; -fx-background-radius: 0; -fx-padding: 2 9 2 9; }\n");
        }
        return "data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A line chart with a vertical line at one year, laid out with the plot so that it follows resizes. */
    private static final class MarkedLineChart extends LineChart<Number, Number> {

        private final Line marker = new Line();
        private double markerYear = Double.NaN;

        MarkedLineChart(NumberAxis x, NumberAxis y) {
            super(x, y);
            marker.setId("tie-chart-marker");
            marker.setManaged(false);
            marker.setMouseTransparent(true);
            getPlotChildren().add(marker);
        }

        void setMarker(double year) {
            markerYear = year;
            requestChartLayout();
        }

        @Override
        protected void layoutPlotChildren() {
            super.layoutPlotChildren();
            NumberAxis x = (NumberAxis) getXAxis();
            NumberAxis y = (NumberAxis) getYAxis();
            boolean inside = markerYear >= x.getLowerBound() && markerYear <= x.getUpperBound();
            marker.setVisible(inside);
            if (inside) {
                double at = Math.round(x.getDisplayPosition(markerYear)) + 0.5;
                marker.setStartX(at);
                marker.setEndX(at);
                marker.setStartY(y.getDisplayPosition(y.getUpperBound()));
                marker.setEndY(y.getDisplayPosition(y.getLowerBound()));
            }
            // Above the lines, which are added to the plot after the marker.
            List<Node> plot = getPlotChildren();
            if (plot.get(plot.size() - 1) != marker) {
                marker.toFront();
            }
        }
    }
}
