package org.diplomap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.diplomap.graph.MatrixOrder;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.PartialDate;
import org.diplomap.model.Snapshot;
import org.diplomap.model.State;
import org.diplomap.model.Confidence;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;

/** The matrix layout as drawn: cells, names, the selected state, pointing. */
class MatrixPictureTest {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 600;

    private static NetworkScene matrix(NetworkScene scene) {
        return new NetworkScene(scene.snapshot(), scene.allStates(),
                MatrixOrder.compute(scene.allStates(), scene.snapshot().ties()), scene.title(), scene.source(),
                scene.options(), List.of(), scene.display()).asMatrix();
    }

    private static int rgb(TieType type) {
        return TieStyle.of(type).rgb();
    }

    /** The share of the pixels of a part of the picture that are near a colour. */
    private static double share(BufferedImage image, Rectangle2D part, int rgb) {
        int near = 0;
        int all = 0;
        for (int y = (int) Math.ceil(part.getMinY()); y < (int) Math.floor(part.getMaxY()); y++) {
            for (int x = (int) Math.ceil(part.getMinX()); x < (int) Math.floor(part.getMaxX()); x++) {
                all++;
                if (Pixels.near(image.getRGB(x, y), rgb)) {
                    near++;
                }
            }
        }
        return all == 0 ? 0 : (double) near / all;
    }

    /** The third of a cell where a type's strip stands, a little inside it. */
    private static Rectangle2D strip(Rectangle2D cell, TieType type) {
        double inset = cell.getWidth() * 0.12;
        double third = (cell.getWidth() - 2 * inset) / 3;
        return new Rectangle2D.Double(cell.getX() + inset + type.ordinal() * third + third * 0.2,
                cell.getY() + inset, third * 0.6, cell.getHeight() - 2 * inset);
    }

    @Test
    void eachCellShowsTheTypesOfThatDayInTheirColoursAndPlaces() {
        Composition c = Composition.of(matrix(Scenes.afghanistan()), WIDTH, HEIGHT, Camera.FIT);
        BufferedImage image = new SnapshotRenderer().renderForScreen(c, 1);
        MatrixGrid grid = c.matrix().orElseThrow();

        Rectangle2D russia = grid.cellBounds("RUS", "AFG").orElseThrow();
        for (TieType type : TieType.values()) {
            assertThat(share(image, strip(russia, type), rgb(type))).as(type.code()).isGreaterThan(0.3);
        }
        Rectangle2D china = grid.cellBounds("CHN", "AFG").orElseThrow();
        assertThat(share(image, strip(china, TieType.AMBASSADOR), rgb(TieType.AMBASSADOR))).isGreaterThan(0.3);
        assertThat(share(image, strip(china, TieType.RECOGNITION), rgb(TieType.RECOGNITION))).isZero();
        assertThat(share(image, strip(china, TieType.ENGAGEMENT), rgb(TieType.ENGAGEMENT))).isZero();
        // Ties are directed: Afghanistan extends none to Russia.
        Rectangle2D back = grid.cellBounds("AFG", "RUS").orElseThrow();
        for (TieType type : TieType.values()) {
            assertThat(share(image, back, rgb(type))).isZero();
        }
    }

    @Test
    void aCellOfTiesLessSureIsDrawnLighterAsTheirLinesAre() {
        List<Tie> ties = new ArrayList<>();
        for (Confidence confidence : Confidence.values()) {
            String from = switch (confidence) {
                case HIGH -> "RUS";
                case MEDIUM -> "CHN";
                case LOW -> "IRN";
            };
            ties.add(new Tie(from, "AFG", TieType.RECOGNITION, PartialDate.parse("2025-07-03"), null, null, null,
                    confidence));
        }
        Composition c = Composition.of(matrix(Scenes.scene(ties)), WIDTH, HEIGHT, Camera.FIT);
        BufferedImage image = new SnapshotRenderer().renderForScreen(c, 1);
        MatrixGrid grid = c.matrix().orElseThrow();

        for (Tie tie : ties) {
            Rectangle2D strip = strip(grid.cellBounds(tie.from(), "AFG").orElseThrow(), TieType.RECOGNITION);
            double keep = TieStyle.confidenceOpacity(tie.confidence());
            assertThat(share(image, strip, lighter(rgb(TieType.RECOGNITION), keep))).as(tie.confidence().code())
                    .isGreaterThan(0.3);
        }
    }

    /** A colour drawn over white at a strength. */
    private static int lighter(int rgb, double keep) {
        int r = (int) Math.round(((rgb >> 16) & 0xFF) * keep + 255 * (1 - keep));
        int g = (int) Math.round(((rgb >> 8) & 0xFF) * keep + 255 * (1 - keep));
        int b = (int) Math.round((rgb & 0xFF) * keep + 255 * (1 - keep));
        return (r << 16) | (g << 8) | b;
    }

    @Test
    void largeCellsCarryTheTypesPatternsSoThatTheyReadInGreyscale() {
        Composition c = Composition.of(matrix(Scenes.afghanistan()), WIDTH, HEIGHT, Camera.FIT);
        BufferedImage image = new SnapshotRenderer().renderForScreen(c, 1);
        Rectangle2D russia = c.matrix().orElseThrow().cellBounds("RUS", "AFG").orElseThrow();
        assertThat(c.matrix().orElseThrow().cellSize()).isGreaterThan(20);

        // Solid recognition; ambassador in dashes and engagement in dots, with the background between them.
        assertThat(share(image, strip(russia, TieType.RECOGNITION), rgb(TieType.RECOGNITION))).isGreaterThan(0.95);
        assertThat(share(image, strip(russia, TieType.AMBASSADOR), rgb(TieType.AMBASSADOR))).isBetween(0.4, 0.9);
        assertThat(share(image, strip(russia, TieType.ENGAGEMENT), rgb(TieType.ENGAGEMENT))).isBetween(0.1, 0.8);
    }

    @Test
    void theSelectedStatesRowAndColumnStandOut() {
        NetworkScene scene = matrix(Scenes.afghanistan());
        NetworkScene selected = scene.withDisplay(new NetworkScene.Display("PAK", null, Set.of(), null, List.of()));
        BufferedImage plain = new SnapshotRenderer().renderForScreen(Composition.of(scene, WIDTH, HEIGHT, Camera.FIT), 1);
        Composition c = Composition.of(selected, WIDTH, HEIGHT, Camera.FIT);
        BufferedImage stressed = new SnapshotRenderer().renderForScreen(c, 1);
        MatrixGrid grid = c.matrix().orElseThrow();

        // Empty cells of Pakistan's row and column change; an empty cell of neither does not.
        for (Rectangle2D cell : List.of(grid.cellBounds("PAK", "NOR").orElseThrow(),
                grid.cellBounds("NOR", "PAK").orElseThrow())) {
            int x = (int) cell.getCenterX();
            int y = (int) cell.getCenterY();
            assertThat(stressed.getRGB(x, y)).isNotEqualTo(plain.getRGB(x, y));
        }
        Rectangle2D other = grid.cellBounds("NOR", "IRN").orElseThrow();
        assertThat(stressed.getRGB((int) other.getCenterX(), (int) other.getCenterY()))
                .isEqualTo(plain.getRGB((int) other.getCenterX(), (int) other.getCenterY()));
        assertThat(grid.rowNames()).containsKey("PAK");
        assertThat(grid.columnNames()).containsKey("PAK");
    }

    @Test
    void pointingAtACellGivesThePairAndItsTiesAndAtANameItsState() {
        Composition c = Composition.of(matrix(Scenes.afghanistan()), WIDTH, HEIGHT, Camera.FIT);
        MatrixGrid grid = c.matrix().orElseThrow();
        Rectangle2D russia = grid.cellBounds("RUS", "AFG").orElseThrow();

        MatrixGrid.Cell cell = c.cellAt(russia.getCenterX(), russia.getCenterY()).orElseThrow();

        assertThat(cell.from()).isEqualTo("RUS");
        assertThat(cell.to()).isEqualTo("AFG");
        assertThat(cell.ties()).extracting(Tie::type).containsExactlyInAnyOrder(TieType.values());
        Rectangle2D rowName = grid.rowNames().get("CHN");
        assertThat(c.stateAt(rowName.getCenterX(), rowName.getCenterY())).contains("CHN");
        Rectangle2D columnName = grid.columnNames().get("IRN");
        assertThat(c.stateAt(columnName.getCenterX(), columnName.getCenterY())).contains("IRN");
        assertThat(c.stateAt(russia.getCenterX(), russia.getCenterY())).isEmpty();
    }

    @Test
    void rowsKeepTheirPlaceFromOneDateToAnother() {
        NetworkScene scene = matrix(Scenes.afghanistan());
        NetworkScene fewer = new NetworkScene(new Snapshot(LocalDate.of(2020, 1, 1), scene.snapshot().states(),
                scene.snapshot().ties().subList(0, 2)), scene.allStates(), scene.layout(), scene.title(), scene.source(),
                scene.options(), List.of(), scene.display()).asMatrix();

        MatrixGrid now = Composition.of(scene, WIDTH, HEIGHT, Camera.FIT).matrix().orElseThrow();
        MatrixGrid before = Composition.of(fewer, WIDTH, HEIGHT, Camera.FIT).matrix().orElseThrow();

        assertThat(before.order()).isEqualTo(now.order());
        assertThat(before.cellBounds("RUS", "AFG")).isEqualTo(now.cellBounds("RUS", "AFG"));
    }

    @Test
    void hidingStatesWithoutTiesClosesUpTheRestInTheSameOrder() {
        NetworkScene scene = matrix(Scenes.afghanistan());
        ExportOptions hiding = new ExportOptions(true, true, true, true, Set.of(), null, true);

        List<String> all = Composition.of(scene, WIDTH, HEIGHT, Camera.FIT).matrix().orElseThrow().order();
        MatrixGrid hidden = Composition.of(scene.withOptions(hiding), WIDTH, HEIGHT, Camera.FIT).matrix().orElseThrow();

        // Saudi Arabia has no tie that day.
        assertThat(all).contains("SAU");
        assertThat(hidden.order()).isEqualTo(all.stream().filter(code -> !code.equals("SAU")).toList());
        assertThat(hidden.cellBounds("SAU", "AFG")).isEmpty();
        assertThat(hidden.cellSize()).isGreaterThan(
                Composition.of(scene, WIDTH, HEIGHT, Camera.FIT).matrix().orElseThrow().cellSize());
    }

    @Test
    void atWorldScaleTheNamesOnEachAxisNeverOverlapAndManyAreShown() {
        List<State> states = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            states.add(new State(String.format("S%03d", i), "State number " + i));
        }
        Random random = new Random(3);
        List<Tie> ties = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            for (int j = 0; j < 200; j++) {
                // Ten regions, each tied mostly within itself.
                boolean sameRegion = i % 10 == j % 10;
                if (i != j && random.nextDouble() < (sameRegion ? 0.6 : 0.05)) {
                    ties.add(new Tie(states.get(i).code(), states.get(j).code(), TieType.values()[random.nextInt(3)],
                            PartialDate.parse("1990"), null, null, null, null));
                }
            }
        }
        ties.sort(Tie.ORDER);
        NetworkScene scene = new NetworkScene(new Snapshot(LocalDate.of(2000, 1, 1), states, ties), states,
                MatrixOrder.compute(states, ties), "World", "Synthetic").asMatrix();

        MatrixGrid grid = Composition.of(scene, 1280, 720, Camera.FIT).matrix().orElseThrow();

        for (Map<String, Rectangle2D> names : List.of(grid.rowNames(), grid.columnNames())) {
            List<Rectangle2D> boxes = List.copyOf(names.values());
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(boxes.get(i).intersects(boxes.get(j))).isFalse();
                }
            }
            assertThat(names.size()).isGreaterThanOrEqualTo(20);
        }
        assertThat(grid.cellSize()).isGreaterThanOrEqualTo(2.2);
        // The regions come out as blocks: the neighbours of a row are mostly of its region.
        List<String> order = grid.order();
        long sameRegionNeighbours = 0;
        for (int i = 1; i < order.size(); i++) {
            int a = Integer.parseInt(order.get(i - 1).substring(1));
            int b = Integer.parseInt(order.get(i).substring(1));
            sameRegionNeighbours += a % 10 == b % 10 ? 1 : 0;
        }
        assertThat(sameRegionNeighbours).as("order %s", order).isGreaterThan(180);
    }
}
