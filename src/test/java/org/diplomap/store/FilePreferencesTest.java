package org.diplomap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePreferencesTest {

    @TempDir
    Path dir;

    @Test
    void theFolderIsDiplomapHomeWhenSetElseDotDiplomapAtHome() {
        assertThat(DiplomapHome.folder(null, "/home/ana")).isEqualTo(Path.of("/home/ana", ".diplomap"));
        assertThat(DiplomapHome.folder(" ", "/home/ana")).isEqualTo(Path.of("/home/ana", ".diplomap"));
        assertThat(DiplomapHome.folder("/srv/briefing", "/home/ana")).isEqualTo(Path.of("/srv/briefing"));
    }

    @Test
    void valuesOutliveTheProgramInTheirFileAndNodesKeepApart() throws Exception {
        Path file = dir.resolve("home").resolve("preferences.properties");
        Preferences recent = FilePreferences.in(file).node("org/diplomap/recent-files");
        recent.put("0", "/data/case.json");
        FilePreferences.in(file).node("org/diplomap/export").putInt("width", 640);

        Preferences again = FilePreferences.in(file);

        assertThat(again.node("org/diplomap/recent-files").get("0", null)).isEqualTo("/data/case.json");
        assertThat(again.node("org/diplomap/export").getInt("width", 0)).isEqualTo(640);
        assertThat(again.node("org/diplomap/export").get("0", null)).isNull();
        assertThat(again.node("org/diplomap").childrenNames()).containsExactlyInAnyOrder("recent-files", "export");
    }

    @Test
    void aRemovedNodeLeavesItsSiblings() throws Exception {
        Path file = dir.resolve("preferences.properties");
        Preferences root = FilePreferences.in(file);
        root.node("a/b").put("k", "1");
        root.node("a/c").put("k", "2");

        root.node("a/b").removeNode();

        Preferences again = FilePreferences.in(file);
        assertThat(again.node("a").childrenNames()).containsExactly("c");
        assertThat(again.node("a/c").get("k", null)).isEqualTo("2");
        assertThat(again.node("a/b").keys()).isEmpty();
    }
}
