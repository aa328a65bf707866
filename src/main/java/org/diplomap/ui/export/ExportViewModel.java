package org.diplomap.ui.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.diplomap.model.LayoutKind;
import org.diplomap.render.Animation;
import org.diplomap.render.ExportOptions;
import org.diplomap.render.SnapshotRenderer;
import org.diplomap.render.export.ExportFormat;
import org.diplomap.render.export.ExportFormats;
import org.diplomap.render.export.ExportRequest;
import org.diplomap.render.export.ExportSource;
import org.diplomap.render.export.InvalidExportException;
import org.diplomap.store.DiplomapHome;
import org.diplomap.ui.task.TaskRunner;

/**
 * The export dialog's state: the format, picture size, date or span of dates, a small preview, and an export
 * running in the background with its progress. The formats and what their options mean come from the table of
 * {@link ExportFormats}, which the command line reads too; the window adds its layout, hidden types and focus. The chosen folder and options are kept in {@link Preferences}
 * so the next export starts where the last one ended; the node is given, so tests keep theirs apart.
 *
 * <p>Only JavaFX properties are used here; the preview is an AWT image, which the view turns into a JavaFX
 * one. Work is done on the {@link TaskRunner}; progress is reported through {@code uiThread}, since it
 * arrives from the worker while the export runs.
 */
public final class ExportViewModel {

    /** Preview width in pixels; the height follows the chosen picture's proportions. */
    static final int PREVIEW_WIDTH = 360;

    /** Where the options are remembered, under the user's preferences. */
    public static final String PREFERENCES_NODE = "org/diplomap/export";

    private static final String FOLDER = "folder";
    private static final String FORMAT = "format";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String STEP = "step";
    private static final String FRAME_MILLIS = "frameMillis";

    private final TaskRunner runner;
    private final Executor uiThread;
    private final Preferences preferences;
    private final List<ExportFormat> formats;

    private final ObjectProperty<String> format = new SimpleObjectProperty<>(this, "format");
    private final ObjectProperty<Integer> width = new SimpleObjectProperty<>(this, "width");
    private final ObjectProperty<Integer> height = new SimpleObjectProperty<>(this, "height");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Animation.Step> step = new SimpleObjectProperty<>(this, "step");
    private final ObjectProperty<Integer> frameMillis = new SimpleObjectProperty<>(this, "frameMillis");
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ObjectProperty<BufferedImage> preview = new SimpleObjectProperty<>(this, "preview");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty exporting = new SimpleBooleanProperty(this, "exporting", false);
    private final BooleanProperty available = new SimpleBooleanProperty(this, "available", false);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    private ExportSource source;
    private LayoutKind layout = ExportRequest.DEFAULT.layout();
    private ExportOptions display = ExportRequest.DEFAULT.display();
    private AtomicBoolean cancelled = new AtomicBoolean();
    /** Counts preview requests, so that a preview finished after a newer request is dropped. */
    private long previewRequests;

    /** A model offering {@code formats}, in their order; the first is chosen until another is remembered. */
    public ExportViewModel(TaskRunner runner, Executor uiThread, Preferences preferences, List<ExportFormat> formats) {
        this.runner = runner;
        this.uiThread = uiThread;
        this.preferences = preferences;
        this.formats = List.copyOf(formats);

        ExportRequest defaults = ExportRequest.DEFAULT;
        String first = this.formats.isEmpty() ? "png" : this.formats.get(0).name();
        String remembered = preferences.get(FORMAT, first);
        format.set(chosen(remembered).isPresent() ? remembered : first);
        width.set(positive(preferences.getInt(WIDTH, defaults.width()), defaults.width()));
        height.set(positive(preferences.getInt(HEIGHT, defaults.height()), defaults.height()));
        frameMillis.set(positive(preferences.getInt(FRAME_MILLIS, defaults.frameMillis()), defaults.frameMillis()));
        try {
            step.set(Animation.Step.parse(preferences.get(STEP, defaults.step().text())));
        } catch (IllegalArgumentException e) {
            step.set(defaults.step());
        }
        String folderText = preferences.get(FOLDER, null);
        folder.set(folderText == null ? null : Path.of(folderText));

        updateAvailable();
        format.addListener((obs, old, now) -> updateAvailable());
        for (ObservableValue<?> option : new ObservableValue<?>[] {format, width, height, date, from}) {
            option.addListener((obs, old, now) -> refreshPreview());
        }
    }

    /** Every format of the table, the window's user preferences, results and progress delivered on the FX thread. */
    public static ExportViewModel forUser(TaskRunner runner, Executor fxThread) {
        return new ExportViewModel(runner, fxThread, DiplomapHome.preferences().node(PREFERENCES_NODE),
                ExportFormats.ALL);
    }

    /**
     * The layout, hidden tie types and focus of the window, which pictures, animations and the data of one day
     * show as the window does.
     */
    public void setShown(LayoutKind layoutKind, ExportOptions newDisplay) {
        layout = layoutKind == null ? ExportRequest.DEFAULT.layout() : layoutKind;
        display = newDisplay == null ? ExportRequest.DEFAULT.display() : newDisplay;
    }

    /** What to export: the network and its dataset, shown at {@code day} (and up to it, for animations). */
    public void setSource(ExportSource newSource, LocalDate day) {
        this.source = newSource;
        to.set(day);
        from.set(newSource.index().firstDay().filter(first -> !first.isAfter(day)).orElse(day));
        // Set last: every option is in place when the preview it asks for is drawn.
        if (day.equals(date.get())) {
            refreshPreview();
        } else {
            date.set(day);
        }
    }

    /** The names of the formats offered, in the table's order. */
    public List<String> formatNames() {
        return formats.stream().map(ExportFormat::name).toList();
    }

    public ObjectProperty<String> formatProperty() {
        return format;
    }

    public ObjectProperty<Integer> widthProperty() {
        return width;
    }

    public ObjectProperty<Integer> heightProperty() {
        return height;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Animation.Step> stepProperty() {
        return step;
    }

    public ObjectProperty<Integer> frameMillisProperty() {
        return frameMillis;
    }

    /**
     * Where the file chooser opens: the folder of the last export if it is still there, else the user's documents
     * (or home folder), never the folder the program happened to be started in.
     */
    public Path startFolder() {
        return startFolder(folder.get(), Path.of(System.getProperty("user.home")));
    }

    static Path startFolder(Path last, Path home) {
        if (last != null && java.nio.file.Files.isDirectory(last)) {
            return last;
        }
        Path documents = home.resolve("Documents");
        return java.nio.file.Files.isDirectory(documents) ? documents : home;
    }

    /** The folder of the last export, or null before the first. */
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ReadOnlyObjectProperty<BufferedImage> previewProperty() {
        return preview;
    }

    /** From 0 to 1 while an export runs; 1 once it is written. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    /** Whether the chosen format can be written. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available;
    }

    /** What happened last: the file written, a failure, or why the format cannot be written. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** What the chosen format needs: a date, a span of dates (an animation), or nothing (the whole dataset). */
    public ExportFormat.Needs needs() {
        return chosen(format.get()).map(ExportFormat::needs).orElse(ExportFormat.Needs.DATE);
    }

    public boolean animated() {
        return needs() == ExportFormat.Needs.SPAN;
    }

    /** Whether the chosen format is a picture, which has a size; data and whole-dataset files have none. */
    public boolean sized() {
        return chosen(format.get()).map(chosen -> chosen.kind() == ExportFormat.Kind.PICTURE).orElse(true);
    }

    /** A file name for the chosen format and date, such as {@code diplomap-2025-07-03.png}. */
    public String suggestedFileName() {
        String extension = chosen(format.get()).map(ExportFormat::extension).orElse(format.get());
        String what = switch (needs()) {
            case DATE -> String.valueOf(date.get());
            case SPAN -> from.get() + "_" + to.get();
            case NOTHING -> "dataset";
        };
        return "diplomap-" + what + "." + extension;
    }

    /** Draws the preview of the chosen options on the runner; the newest request wins. */
    public void refreshPreview() {
        if (source == null || date.get() == null) {
            return;
        }
        long request = ++previewRequests;
        ExportSource shownSource = source;
        ExportRequest options = request();
        LocalDate shown = animated() && from.get() != null ? from.get() : date.get();
        // Laid out at the size asked for and drawn small: the preview is the export, only with fewer pixels.
        double previewScale = (double) PREVIEW_WIDTH / Math.max(1, options.width());
        runner.run(() -> new SnapshotRenderer().render(shownSource.scene(shown, options), Math.max(1, options.width()),
                        Math.max(1, options.height()), previewScale),
                image -> {
                    if (request == previewRequests) {
                        preview.set(image);
                    }
                },
                failure -> message.set("No preview: " + failure.getMessage()));
    }

    /** Writes the chosen format to {@code out} on the runner; a format of several files takes a folder or a name. */
    public void export(Path out) {
        if (exporting.get()) {
            return;
        }
        Optional<ExportFormat> chosen = chosen(format.get());
        if (chosen.isEmpty() || source == null) {
            message.set(unavailableMessage());
            return;
        }
        ExportFormat exportFormat = chosen.get();
        ExportSource exported = source;
        ExportRequest request = request();
        try {
            exportFormat.check(exported, request);
        } catch (InvalidExportException e) {
            message.set(e.getMessage());
            return;
        }
        remember(out);
        AtomicBoolean flag = new AtomicBoolean();
        cancelled = flag;
        exporting.set(true);
        progress.set(0);
        message.set("Exporting\u2026");
        runner.run(() -> {
            exportFormat.write(exported, request, out, (done, total) -> uiThread.execute(() -> {
                if (!flag.get()) {
                    progress.set((double) done / total);
                }
            }), flag::get);
            return out;
        }, written -> {
            exporting.set(false);
            progress.set(1);
            message.set("Exported " + written.getFileName());
        }, failure -> {
            exporting.set(false);
            progress.set(0);
            message.set(failure instanceof CancellationException
                    ? "Export cancelled; nothing was written"
                    : "Export failed: " + failure.getMessage());
        });
    }

    /** Stops a running export between two frames; what it wrote is deleted. */
    public void cancel() {
        cancelled.set(true);
    }

    /** The options as the command line would give them, with the window's layout, hidden types and focus. */
    private ExportRequest request() {
        return ExportRequest.DEFAULT.withSize(width.get(), height.get()).withLayout(layout).withDisplay(display)
                .withDate(date.get())
                .withSpan(from.get(), to.get(), step.get() == null ? ExportRequest.DEFAULT.step() : step.get())
                .withFrameMillis(frameMillis.get());
    }

    private Optional<ExportFormat> chosen(String name) {
        return formats.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private void remember(Path out) {
        Path parent = out.toAbsolutePath().getParent();
        Path chosenFolder = ExportFormats.PNG_SEQUENCE.equals(format.get()) && !out.getFileName().toString()
                .toLowerCase(Locale.ROOT).endsWith(".png") ? out.toAbsolutePath() : parent;
        if (chosenFolder != null) {
            folder.set(chosenFolder);
            preferences.put(FOLDER, chosenFolder.toString());
        }
        preferences.put(FORMAT, format.get());
        preferences.putInt(WIDTH, width.get());
        preferences.putInt(HEIGHT, height.get());
        preferences.put(STEP, step.get().text());
        preferences.putInt(FRAME_MILLIS, frameMillis.get());
    }

    private void updateAvailable() {
        available.set(chosen(format.get()).isPresent());
        message.set(available.get() ? "" : unavailableMessage());
    }

    private String unavailableMessage() {
        return format.get().toUpperCase(Locale.ROOT) + " export is not available in this version";
    }

    private static int positive(int value, int otherwise) {
        return value > 0 ? value : otherwise;
    }
}
