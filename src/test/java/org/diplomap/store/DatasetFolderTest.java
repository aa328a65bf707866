package org.diplomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.diplomap.io.DatasetFormatException;
import org.diplomap.io.DatasetReader;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.model.Tie;
import org.diplomap.store.h2.H2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFolderTest {

    private static final String ONE_TIE = """
            {"format": "diplomap-dataset", "version": 1, "title": "Northland",
             "states": [{"code": "XNL", "name": "Northland"}],
             "ties": [{"from": "NOR", "to": "XNL", "type": "recognition", "start": "1991"}]}
            """;
    private static final String TWO_TIES = """
            {"format": "diplomap-dataset", "version": 1, "title": "Northland, later",
             "states": [{"code": "XNL", "name": "Northland"}],
             "ties": [{"from": "NOR", "to": "XNL", "type": "recognition", "start": "1991"},
                      {"from": "SWE", "to": "XNL", "type": "engagement", "start": "1995"}]}
            """;

    @TempDir
    Path dir;

    private DatasetFolder folder() {
        return new DatasetFolder(dir.resolve("home"), H2Store::open);
    }

    @Test
    void aDatasetFileBecomesADatabaseOfItsOwnNamedAfterIt() throws Exception {
        Path file = write("downloads/Northland Case.json", ONE_TIE);

        try (Workspace workspace = folder().openFile(file)) {
            assertThat(workspace.store().location()).isEqualTo(dir.resolve("home/files/northland-case.mv.db").toString());
            assertThat(workspace.store().load().title()).isEqualTo("Northland");
            assertThat(workspace.store().load().ties()).extracting(Tie::from).containsExactly("NOR");
        }
    }

    @Test
    void openingTheSameFileAgainOpensItsDatabaseAsItWas() throws Exception {
        Path file = write("case.json", ONE_TIE);
        try (Workspace workspace = folder().openFile(file)) {
            workspace.store().saveView(SavedView.of("Kept", PartialDate.parse("1992")));
        }

        try (Workspace workspace = folder().openFile(file)) {
            assertThat(workspace.store().savedViews()).extracting(SavedView::name).containsExactly("Kept");
        }
    }

    @Test
    void aFileChangedSinceIsImportedAgainAndWhatTheDatabaseHeldIsWrittenBesideIt() throws Exception {
        Path file = write("case.json", ONE_TIE);
        try (Workspace workspace = folder().openFile(file)) {
            workspace.store().saveView(SavedView.of("Before", PartialDate.parse("1992")));
        }
        Files.writeString(file, TWO_TIES);

        try (Workspace workspace = folder().openFile(file)) {
            assertThat(workspace.store().load().ties()).hasSize(2);
            assertThat(workspace.store().load().title()).isEqualTo("Northland, later");
            assertThat(workspace.store().savedViews()).isEmpty();
        }
        Path kept;
        try (Stream<Path> files = Files.list(dir.resolve("home/files"))) {
            kept = files.filter(p -> p.getFileName().toString().matches("case\\.before-[0-9-]+\\.json"))
                    .findFirst().orElseThrow();
        }
        assertThat(new DatasetReader().read(kept).views()).extracting(SavedView::name).containsExactly("Before");
    }

    @Test
    void twoFilesOfTheSameNameGetTwoDatabases() throws Exception {
        Path first = write("a/case.json", ONE_TIE);
        Path second = write("b/case.json", TWO_TIES);

        try (Workspace one = folder().openFile(first)) {
            assertThat(one.store().load().ties()).hasSize(1);
        }
        try (Workspace two = folder().openFile(second)) {
            assertThat(two.store().load().ties()).hasSize(2);
            assertThat(two.store().location()).endsWith("case-2.mv.db");
        }
        assertThat(folder().databaseOf(first)).isEqualTo(dir.resolve("home/files/case"));
    }

    @Test
    void aFileWithAnErrorLeavesNoDatabaseBehind() throws Exception {
        Path file = write("bad.json", ONE_TIE.replace("\"1991\"", "\"1991-13\""));

        assertThatThrownBy(() -> folder().openFile(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageStartingWith(file + ": ties[0].start");
        assertThat(dir.resolve("home/files/bad.mv.db")).doesNotExist();
        assertThat(dir.resolve("home/files/bad.source.properties")).doesNotExist();
    }

    @Test
    void everyBundledCaseGetsADatabaseOfItsOwnSeededFromIt() {
        for (BundledCase bundled : BundledCase.all()) {
            try (Workspace workspace = folder().openCase(bundled)) {
                assertThat(workspace.store().location())
                        .isEqualTo(dir.resolve("home/cases/" + bundled.id() + ".mv.db").toString());
                assertThat(workspace.store().load().ties()).hasSameSizeAs(bundled.read().ties());
            }
        }
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }
}
