package org.diplomap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.diplomap.io.DatasetWriter;
import org.diplomap.model.Dataset;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.model.State;
import org.diplomap.model.TieType;
import org.diplomap.store.h2.H2Workspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceViewsTest {

    @TempDir
    Path dir;

    private static SavedView view(String name, String date) {
        return SavedView.of(name, PartialDate.parse(date));
    }

    private Path file(String name, SavedView... views) throws Exception {
        Path file = dir.resolve(name);
        new DatasetWriter().write(new Dataset(null, List.of(new State("AFG", "Afghanistan")), List.of(), List.of(),
                List.of(views)), file);
        return file;
    }

    @Test
    void viewsOfSeveralFilesAreMergedByNameInOneBriefing() throws Exception {
        SavedView focused = new SavedView("b", PartialDate.parse("2025-07-03"), Set.of(TieType.ENGAGEMENT), true,
                "RUS", LayoutKind.GEOGRAPHIC, 0.5, 3, 4);
        Path first = file("first.json", view("a", "1997"), view("b", "2001"), view("c", "2021"));
        Path second = file("second.json", view("d", "2024"), focused);

        try (Workspace workspace = H2Workspaces.openUnseeded(dir.resolve("db"))) {
            workspace.importFiles(List.of(first, second), false);

            assertThat(workspace.store().savedViews())
                    .containsExactly(view("a", "1997"), focused, view("c", "2021"), view("d", "2024"));
        }
    }

    @Test
    void viewsRoundTripFromFileThroughTheDatabase() throws Exception {
        SavedView focused = new SavedView("Moscow", PartialDate.parse("2025-07"), Set.of(TieType.AMBASSADOR), false,
                "RUS", LayoutKind.NETWORK, 0.8, 12.5, -3.0);
        Path file = file("case.json", focused, view("All", "1997"));

        try (Workspace workspace = H2Workspaces.openUnseeded(dir.resolve("db"))) {
            workspace.importFiles(List.of(file), true);

            assertThat(workspace.store().load().views()).containsExactly(focused, view("All", "1997"));
        }
    }
}
