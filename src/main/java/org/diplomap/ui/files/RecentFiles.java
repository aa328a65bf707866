package org.diplomap.ui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.diplomap.store.DiplomapHome;

/** The files opened last, newest first, kept in the user's preferences so that they outlive the program. */
public final class RecentFiles {

    /** How many files the list keeps. */
    public static final int MAX = 10;

    private static final String NODE = "org/diplomap/recent-files";

    private final Preferences preferences;

    public RecentFiles(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The list of the user who runs the program, in the Diplomap folder. */
    public static RecentFiles forUser() {
        return new RecentFiles(DiplomapHome.preferences().node(NODE));
    }

    /** The files, newest first. */
    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String path = preferences.get(String.valueOf(i), null);
            if (path != null) {
                files.add(Path.of(path));
            }
        }
        return files;
    }

    /** Puts a file first; it leaves its older place, and the oldest file drops off a full list. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = list();
        files.remove(absolute);
        files.add(0, absolute);
        write(files.subList(0, Math.min(MAX, files.size())));
    }

    public void clear() {
        write(List.of());
    }

    private void write(List<Path> files) {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                preferences.put(String.valueOf(i), files.get(i).toString());
            } else {
                preferences.remove(String.valueOf(i));
            }
        }
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // The list still holds for this run; only its keeping for the next one failed.
        }
    }
}
