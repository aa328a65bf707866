package org.diplomap.store.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a database leaves in its folder: its one file, named as asked, no larger than its data needs. */
class DatabaseFilesTest {

    @TempDir
    Path dir;

    private List<String> files() throws Exception {
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aPathNamingTheFileItselfMeansTheDatabase() throws Exception {
        try (H2Store store = H2Store.open(dir.resolve("work.mv.db"))) {
            store.importDataset(Datasets.afghanistan(), true);
        }
        try (H2Store store = H2Store.open(dir.resolve("work"))) {
            assertThat(store.load().ties()).isEqualTo(Datasets.afghanistan().ties().stream().sorted(Tie.ORDER).toList());
        }

        assertThat(files()).containsExactly("work.mv.db");
    }

    @Test
    void neitherAnImportNorAFailedOneLeavesTraceOrTemporaryFiles() throws Exception {
        try (H2Store store = H2Store.open(dir.resolve("db"))) {
            store.importDataset(Datasets.afghanistan(), true);
            Dataset naming = new Dataset(null, List.of(), List.of(new Tie("XXA", "XXB", TieType.RECOGNITION,
                    PartialDate.parse("2020"), null, null, null, Confidence.HIGH)), List.of());
            try {
                store.importDataset(naming, false);
            } catch (StoreException expected) {
                // The states the tie names are not stored: refused, as it must be.
            }
            assertThat(store.load().ties()).hasSize(Datasets.afghanistan().ties().size());
            // A statement that fails on the database's own connection: H2 would note it in a .trace.db file.
            try {
                store.saveView(new SavedView("Focus on nothing", PartialDate.parse("2020"), Set.of(), false, "XXA",
                        LayoutKind.NETWORK, 1, 0, 0));
            } catch (StoreException expected) {
                // The focus is not a stored state.
            }
        }

        assertThat(files()).containsExactly("db.mv.db");
    }

    @Test
    void aLargeImportLeavesAFileNoLargerThanItsDataNeeds() throws Exception {
        List<State> states = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            states.add(new State(String.format("S%03d", i), "State " + i));
        }
        List<Tie> ties = new ArrayList<>();
        long textBytes = 0;
        for (int i = 0; i < 30_000; i++) {
            Tie tie = new Tie(states.get(i % 100).code(), states.get((i / 100 + 1 + i % 100) % 100).code(),
                    TieType.values()[i % 3], PartialDate.parse(String.valueOf(1700 + i / 100)), null,
                    "Description of tie " + i, "Source of tie " + i, Confidence.HIGH);
            ties.add(tie);
            textBytes += 40 + tie.description().length() + tie.source().length();
        }
        Path database = dir.resolve("db");
        try (H2Store store = H2Store.open(database)) {
            store.importDataset(new Dataset("Large", states, ties, List.of()), true);
        }

        long size = Files.size(Path.of(database + ".mv.db"));
        System.out.printf("30,000 ties (%,d bytes of text): a database of %,d bytes%n", textBytes, size);
        assertThat(size).isLessThan(2 * textBytes);
    }
}
