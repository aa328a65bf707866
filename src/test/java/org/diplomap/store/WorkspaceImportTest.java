package org.diplomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.diplomap.io.DatasetFormatException;
import org.diplomap.io.ImportProgress;
import org.diplomap.io.ImportSettings;
import org.diplomap.model.Dataset;
import org.diplomap.store.h2.H2Workspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceImportTest {

    @TempDir
    Path dir;

    /** A COW file of 11,250 rows, a tie each: enough for several batches of the store. */
    private Path largeCowFile() throws Exception {
        int[] codes = {2, 20, 200, 220, 255, 325, 365, 710, 740, 750};
        StringBuilder rows = new StringBuilder("\"ccode1\",\"ccode2\",\"year\",\"DR_at_1\",\"DR_at_2\",\"DE\",\"version\"");
        for (int host : codes) {
            for (int sender : codes) {
                if (host != sender) {
                    for (int year = 1880; year < 2005; year++) {
                        // Alternating levels give a tie a year.
                        rows.append("\r\n").append(host).append(',').append(sender).append(',').append(year).append(',')
                                .append(year % 2 == 0 ? 3 : 1).append(",0,1,2006.1");
                    }
                }
            }
        }
        Path file = dir.resolve("cow.csv");
        Files.writeString(file, rows);
        return file;
    }

    @Test
    void aCancelWhileStoringStoresNothing() throws Exception {
        Path file = largeCowFile();
        try (Workspace workspace = H2Workspaces.open(dir.resolve("db"))) {
            Dataset before = workspace.store().load();
            List<String> steps = new ArrayList<>();
            ImportProgress cancelWhileStoring = new ImportProgress() {
                @Override
                public void update(String step, long done, long total) {
                    steps.add(step);
                }

                @Override
                public void checkCancelled() {
                    if (steps.stream().filter("Storing ties"::equals).count() > 1) {
                        throw new CancellationException();
                    }
                }
            };

            Throwable thrown = catchThrowable(() -> workspace.importFiles(List.of(file), false, ImportSettings.STRICT,
                    cancelWhileStoring));

            assertThat(thrown).isInstanceOf(CancellationException.class);
            assertThat(steps).contains("Reading " + file, "Storing ties");
            assertThat(workspace.store().load()).isEqualTo(before);
            assertThat(workspace.index().tieCount()).isEqualTo(before.ties().size());
        }
    }

    @Test
    void progressGoesFromReadingThroughStoringToTheIndex() throws Exception {
        Path file = largeCowFile();
        try (Workspace workspace = H2Workspaces.open(dir.resolve("db"))) {
            List<String> steps = new ArrayList<>();

            Dataset imported = workspace.importFiles(List.of(file), false, ImportSettings.STRICT,
                    (step, done, total) -> {
                        if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(step)) {
                            steps.add(step);
                        }
                    });

            assertThat(steps).containsExactly("Reading " + file, "Storing ties", "Building the timeline index");
            assertThat(imported.ties()).hasSize(10 * 9 * 125);
            assertThat(workspace.store().load().ties()).hasSize(10 * 9 * 125 + Workspace.bundledDataset().ties().size());
        }
    }

    @Test
    void aCsvTieOverlappingAStoredOneNamesItsLine() throws Exception {
        Path file = dir.resolve("ties.csv");
        Files.writeString(file, "from,to,type,start\nIND,AFG,ambassador,2026\nRUS,AFG,recognition,2025-08\n");
        try (Workspace workspace = H2Workspaces.open(dir.resolve("db"))) {
            Dataset before = workspace.store().load();

            Throwable thrown = catchThrowable(() -> workspace.importFiles(List.of(file), false));

            assertThat(thrown).isInstanceOf(DatasetFormatException.class).hasMessage(file + ": line 3: overlaps the stored "
                    + "tie RUS -> AFG recognition from 2025-07-03, open: ties with the same from, to and type must not overlap");
            assertThat(workspace.store().load()).isEqualTo(before);
        }
    }
}
