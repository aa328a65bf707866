package org.diplomap.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

class ShortcutTest {

    /** The keys of each row of the README's key table ("Ctrl+= / Ctrl+- / Ctrl+0", "Space (or Ctrl+P)"). */
    private static Set<String> keysInReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("| Keys | |");
        assertThat(start).as("the README's key table").isNotNegative();
        String table = readme.substring(start, readme.indexOf("\n\n", start));
        Set<String> keys = new HashSet<>();
        for (String row : table.lines().skip(2).toList()) {
            String cell = row.split("\\|")[1];
            for (String part : cell.replaceAll("\\(or |\\)|, which.*", " / ").split("/|,")) {
                if (!part.isBlank()) {
                    keys.add(part.strip());
                }
            }
        }
        return keys;
    }

    @Test
    void theReadmeListsEveryShortcutAndNoOther() throws IOException {
        Set<String> table = Arrays.stream(Shortcut.values()).map(Shortcut::keys).collect(Collectors.toSet());

        assertThat(keysInReadme()).containsExactlyInAnyOrderElementsOf(table);
    }

    @Test
    void noTwoShortcutsShareKeys() {
        assertThat(Arrays.stream(Shortcut.values()).map(Shortcut::keys).distinct()).hasSize(Shortcut.values().length);
        assertThat(Arrays.stream(Shortcut.values()).map(Shortcut::combination).filter(c -> c != null)
                .map(KeyCombination::getName).distinct().count())
                .isEqualTo(Arrays.stream(Shortcut.values()).filter(s -> s.combination() != null).count());
    }
}
