package org.diplomap.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplomap.io.DatasetReader;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.store.Workspace;
import org.diplomap.store.h2.H2Workspaces;
import org.diplomap.ui.task.QueuedTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {

    @TempDir
    Path dir;

    private final QueuedTaskRunner tasks = new QueuedTaskRunner();
    private final ShellViewModel shell = new ShellViewModel(tasks);

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void aSavedCopyHoldsWhatIsStoredWithItsSavedViewsAndImportsAgain() throws Exception {
        shell.open(dir.resolve("db"));
        tasks.runAll();
        shell.storeProperty().get().saveView(SavedView.of("Recognition", PartialDate.parse("2025-07-03")));
        Path copy = dir.resolve("copy.json");

        shell.saveCopy(copy);
        tasks.runAll();

        Dataset written = new DatasetReader().read(copy);
        assertThat(written.ties()).hasSameSizeAs(Workspace.bundledDataset().ties());
        assertThat(written.views()).extracting(SavedView::name).containsExactly("Recognition");
        assertThat(shell.statusProperty().get()).contains("copy.json");
        try (Workspace other = H2Workspaces.openUnseeded(dir.resolve("other"))) {
            other.importFiles(List.of(copy), true);
            assertThat(other.store().load()).isEqualTo(shell.storeProperty().get().load());
        }
    }

    @Test
    void aBadDatasetFileIsReportedWithItsPlaceAndNothingIsImported() throws Exception {
        shell.open(dir.resolve("db"));
        tasks.runAll();
        Dataset before = shell.storeProperty().get().load();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"diplomap-dataset\", \"version\": 1, \"states\": [], \"ties\": ["
                + "{\"from\": \"RUS\", \"to\": \"AFG\", \"type\": \"treaty\", \"start\": \"2020\"}]}");

        shell.importFiles(List.of(bad), false);
        tasks.runAll();

        assertThat(shell.errorProperty().get()).isEqualTo(bad + ": ties[0].type: unknown tie type 'treaty'; "
                + "expected recognition, ambassador or engagement");
        assertThat(shell.storeProperty().get().load()).isEqualTo(before);
    }

    private Path pardeeFile() throws Exception {
        Path file = dir.resolve("pardee.csv");
        Files.writeString(file, "Destination,Sending Country,Year,Embassy,Focus\n"
                + "Afghanistan,Pakistan,2001,6,1\n"
                + "Afghanistan,Atlantis,2001,6,1\n"
                + "Atlantis,Pakistan,2002,6,1\n");
        return file;
    }

    @Test
    void namesMatchingNoStateWaitForAChoiceAndTheRestCanBeImported() throws Exception {
        shell.open(dir.resolve("db"));
        tasks.runAll();
        Dataset before = shell.storeProperty().get().load();
        Path file = pardeeFile();

        shell.importFiles(List.of(file), false);
        tasks.runAll();

        assertThat(shell.unmatchedProperty().get().names()).containsExactly("'Atlantis' (line 3)");
        assertThat(shell.unmatchedProperty().get().file()).isEqualTo(file.toString());
        assertThat(shell.errorProperty().get()).isEmpty();
        assertThat(shell.statusProperty().get()).isEqualTo(file + ": 1 country name matches no state; nothing was imported");
        assertThat(shell.storeProperty().get().load()).isEqualTo(before);

        shell.importSkippingUnmatched();
        tasks.runAll();

        assertThat(shell.unmatchedProperty().get()).isNull();
        assertThat(shell.statusProperty().get()).isEqualTo("Imported 2 states, 1 ties and 0 events");
        assertThat(shell.storeProperty().get().load().ties()).hasSize(before.ties().size() + 1);
    }

    @Test
    void aCancelledImportStoresNothingAndSaysSo() throws Exception {
        shell.open(dir.resolve("db"));
        tasks.runAll();
        Dataset before = shell.storeProperty().get().load();
        Path file = pardeeFile();

        shell.importFiles(List.of(file), false, new org.diplomap.io.ImportSettings(true));
        assertThat(shell.importingProperty().get()).isTrue();
        shell.cancelImport();
        tasks.runAll();

        assertThat(shell.importingProperty().get()).isFalse();
        assertThat(shell.statusProperty().get()).isEqualTo("Import cancelled; nothing was stored");
        assertThat(shell.errorProperty().get()).isEmpty();
        assertThat(shell.storeProperty().get().load()).isEqualTo(before);
    }

    @Test
    void anUnexpectedFailureIsOneLineNamingTheLogThatHoldsItsTrace() throws Exception {
        String marker = "unexpected-" + System.nanoTime();

        shell.reportError(new IllegalStateException(marker));

        String shown = shell.errorProperty().get();
        assertThat(shown).startsWith("IllegalStateException: " + marker + " (the details are in ").doesNotContain("\n");
        Path log = Path.of(shown.substring(shown.indexOf("(the details are in ") + 20, shown.length() - 1));
        assertThat(Files.readString(log)).contains(marker).contains("\tat org.diplomap.ui.shell.ShellViewModelTest");
        assertThat(log).startsWith(org.diplomap.store.DiplomapHome.folder());
        assertThat(shell.logFolder()).isEqualTo(log.getParent());
        assertThat(shell.errorDetails()).contains(marker).contains("\tat org.diplomap.ui.shell.ShellViewModelTest");
    }

    @Test
    void aFailureTheProgramExplainsIsNotLogged() {
        shell.reportError(new org.diplomap.store.StoreException("The database x.mv.db is in use."));

        assertThat(shell.errorProperty().get()).isEqualTo("The database x.mv.db is in use.");
    }
}
