package org.diplomap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class ImportFromWindowTest extends WindowTest {

    /** A COW file of about 44,000 rows between 15 states: one ambassador tie for each pair. */
    private Path cowFile() throws Exception {
        int[] codes = {2, 20, 200, 220, 255, 325, 365, 710, 740, 750, 840, 900, 100, 130, 140};
        StringBuilder rows = new StringBuilder("\"ccode1\",\"ccode2\",\"year\",\"DR_at_1\",\"DR_at_2\",\"DE\",\"version\"");
        for (int host : codes) {
            for (int sender : codes) {
                if (host != sender) {
                    for (int year = 1800; year < 2010; year++) {
                        rows.append("\r\n").append(host).append(',').append(sender).append(',').append(year).append(',')
                                .append("3,0,1,2006.1");
                    }
                }
            }
        }
        Path file = dir.resolve("cow.csv");
        Files.writeString(file, rows);
        return file;
    }

    /** Waits until the window shows the bundled case. */
    private void opened() throws Exception {
        shownAt(RECOGNITION_DAY);
    }

    private boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void theProgressBarFollowsTheImportAndThenTheNetworkShowsTheNewTies(FxRobot robot) throws Exception {
        opened();
        Path file = cowFile();
        int before = context.shell().indexProperty().get().tieCount();
        List<Double> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> context.shell().importProgressProperty().addListener((obs, old, value) ->
                seen.add(value.doubleValue())));

        robot.interact(() -> context.shell().importFiles(List.of(file), false));

        assertThat(visible(robot, "#import-controls")).isTrue();
        assertThat(visible(robot, "#import-controls")).isTrue();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !context.shell().importingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.shell().errorProperty().get()).isEmpty();
        assertThat(context.shell().statusProperty().get()).startsWith("Imported 15 states, " + 15 * 14 + " ties");
        assertThat(context.shell().indexProperty().get().tieCount()).isEqualTo(before + 15 * 14);
        assertThat(seen).anyMatch(value -> value > 0 && value < 1);
        assertThat(visible(robot, "#import-controls")).isFalse();
    }

    @Test
    void cancelStopsTheImportAndStoresNothing(FxRobot robot) throws Exception {
        opened();
        Path file = cowFile();
        var before = context.shell().storeProperty().get().load();
        // Hold the worker, so that the import waits where Cancel can certainly reach it.
        CountDownLatch hold = new CountDownLatch(1);
        tasks.run(() -> hold.await(30, TimeUnit.SECONDS), done -> { }, failure -> { });

        robot.interact(() -> context.shell().importFiles(List.of(file), false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ViewPictures.write(view, "import-progress"));
        assertThat(robot.lookup("#import-progress").queryAs(ProgressBar.class).isIndeterminate()).isTrue();
        robot.clickOn("#import-cancel");
        hold.countDown();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !context.shell().importingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.shell().statusProperty().get()).isEqualTo("Import cancelled; nothing was stored");
        assertThat(context.shell().storeProperty().get().load()).isEqualTo(before);
        assertThat(visible(robot, "#import-controls")).isFalse();
    }

    @Test
    void unmatchedCountryNamesAreListedAndTheRestIsImportedOnConfirmation(FxRobot robot) throws Exception {
        opened();
        Path file = dir.resolve("pardee.csv");
        Files.writeString(file, "Destination,SendingCountry,Year,Embassy,Focus\n"
                + "Afghanistan,India,2026,6,1\n"
                + "Afghanistan,Atlantis,2026,6,1\n"
                + "Ruritania,India,2026,6,1\n");
        int before = context.shell().indexProperty().get().tieCount();

        robot.interact(() -> context.shell().importFiles(List.of(file), false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#unmatched-names").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#unmatched-names").queryAs(TextArea.class).getText())
                .isEqualTo("'Atlantis' (line 3)\n'Ruritania' (line 4)");
        assertThat(context.shell().indexProperty().get().tieCount()).isEqualTo(before);
        robot.interact(() -> ViewPictures.write(robot.lookup("#unmatched-names").query().getScene().getRoot(),
                "import-unmatched-names"));
        robot.clickOn("#unmatched-import-rest");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.shell().indexProperty().get().tieCount() == before + 1);
        // The index is set first and the status line next, in one step on the FX thread: let it finish.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.shell().statusProperty().get()).isEqualTo("Imported 2 states, 1 ties and 0 events");
    }
}
