package org.diplomap.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;
import org.diplomap.graph.Layout;
import org.diplomap.timeline.TimelineIndex;

/**
 * The network replayed over a span of dates, as an animated GIF or as numbered PNG files. Every frame is a
 * {@link SnapshotRenderer} picture, so each one carries its date; every frame is fitted to all the states of
 * the dataset, so states keep their place from frame to frame.
 *
 * <p>Frames are drawn one at a time into one image and written at once: a long animation needs no more memory
 * than a short one. An export that is cancelled deletes what it had written, so no half animation is left
 * that could be taken for a whole one.
 */
public final class Animation {

    /** How far apart the frames are. */
    public enum Step {
        /** One frame on the first day and on every later day on which something happens. */
        EVENT("event"),
        MONTH("1m"),
        YEAR("1y");

        private final String text;

        Step(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        /** Reads {@code event}, {@code 1m} or {@code 1y}, in any case. */
        public static Step parse(String text) {
            if (text != null) {
                String wanted = text.trim().toLowerCase(Locale.ROOT);
                for (Step step : values()) {
                    if (step.text.equals(wanted)) {
                        return step;
                    }
                }
            }
            throw new IllegalArgumentException("unknown animation step '" + text
                    + "': use event (a frame per event day), 1m (a frame a month) or 1y (a frame a year)");
        }
    }

    /** Hears of each frame written; called on the thread that writes. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void frameDone(int done, int total);
    }

    private static final BooleanSupplier NEVER = () -> false;

    private Animation() {
    }

    /**
     * The days of the frames from {@code from} to {@code to}, both included. With {@link Step#MONTH} and
     * {@link Step#YEAR} every frame is counted from {@code from}, so a span of exactly one year gives 13 monthly
     * frames (both ends) and 31 January is followed by the last day of February, then 31 March.
     */
    public static List<LocalDate> frameDays(TimelineIndex index, LocalDate from, LocalDate to, Step step) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the animation ends (" + to + ") before it starts (" + from + ")");
        }
        List<LocalDate> days = new ArrayList<>();
        days.add(from);
        switch (step) {
            case EVENT -> {
                Optional<LocalDate> next = index.nextEventDay(from);
                while (next.isPresent() && !next.get().isAfter(to)) {
                    days.add(next.get());
                    next = index.nextEventDay(next.get());
                }
            }
            case MONTH, YEAR -> {
                for (int i = 1; ; i++) {
                    LocalDate day = step == Step.MONTH ? from.plusMonths(i) : from.plusYears(i);
                    if (day.isAfter(to)) {
                        break;
                    }
                    days.add(day);
                }
            }
        }
        return List.copyOf(days);
    }

    /**
     * Writes an animated GIF that loops for ever, one frame per day, each shown {@code frameMillis}
     * (GIF counts in hundredths of a second, so the delay is rounded to those).
     *
     * @throws CancellationException when {@code cancelled} turned true between two frames; {@code out} is then
     *                               deleted
     */
    public static void writeGif(TimelineIndex index, Layout layout, String title, List<LocalDate> days,
                                int width, int height, int frameMillis, Path out, Progress progress,
                                BooleanSupplier cancelled) throws IOException {
        writeGif(plainScenes(index, layout, title), days, width, height, frameMillis, out, progress, cancelled);
    }

    /**
     * As {@link #writeGif(TimelineIndex, Layout, String, List, int, int, int, Path, Progress, BooleanSupplier)},
     * each frame drawn from {@code sceneOn} its day, so that an animation can show what a still export shows
     * (hidden types, a focus, a source line).
     */
    public static void writeGif(Function<LocalDate, NetworkScene> sceneOn, List<LocalDate> days,
                                int width, int height, int frameMillis, Path out, Progress progress,
                                BooleanSupplier cancelled) throws IOException {
        requireFrames(days);
        if (frameMillis < 0) {
            throw new IllegalArgumentException("frame time must not be negative, was " + frameMillis + " ms");
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        createParent(out);
        Files.deleteIfExists(out);
        boolean complete = false;
        // Opened here rather than by ImageIO, which prints a stack trace when it cannot open the file.
        try (ImageOutputStream stream = new FileImageOutputStream(out.toFile())) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            Frames frames = new Frames(sceneOn, width, height);
            ImageWriteParam param = writer.getDefaultWriteParam();
            for (int i = 0; i < days.size(); i++) {
                checkCancelled(cancelled);
                BufferedImage image = frames.draw(days.get(i));
                IIOMetadata metadata = writer.getDefaultImageMetadata(
                        ImageTypeSpecifier.createFromRenderedImage(image), param);
                setFrameMetadata(metadata, frameMillis, i == 0);
                writer.writeToSequence(new IIOImage(image, null, metadata), param);
                progress.frameDone(i + 1, days.size());
            }
            writer.endWriteSequence();
            complete = true;
        } finally {
            writer.dispose();
            if (!complete) {
                Files.deleteIfExists(out);
            }
        }
    }

    /** As {@link #writeGif(TimelineIndex, Layout, String, List, int, int, int, Path, Progress, BooleanSupplier)}, never cancelled. */
    public static void writeGif(TimelineIndex index, Layout layout, String title, List<LocalDate> days,
                                int width, int height, int frameMillis, Path out, Progress progress)
            throws IOException {
        writeGif(index, layout, title, days, width, height, frameMillis, out, progress, NEVER);
    }

    /**
     * Writes one PNG per day. {@code out} is either a file name ending in {@code .png}, say {@code map.png},
     * giving {@code map-0001.png}, {@code map-0002.png}, ... beside it, or a folder, which gets
     * {@code frame-0001.png}, ... Numbers have at least four digits, more when there are more frames, so the
     * files sort in order by name.
     *
     * @return the files written, in order
     * @throws CancellationException when {@code cancelled} turned true between two frames; the files already
     *                               written are then deleted
     */
    public static List<Path> writePngSequence(TimelineIndex index, Layout layout, String title, List<LocalDate> days,
                                              int width, int height, Path out, Progress progress,
                                              BooleanSupplier cancelled) throws IOException {
        return writePngSequence(plainScenes(index, layout, title), days, width, height, out, progress, cancelled);
    }

    /**
     * As {@link #writePngSequence(TimelineIndex, Layout, String, List, int, int, Path, Progress, BooleanSupplier)},
     * each frame drawn from {@code sceneOn} its day.
     */
    public static List<Path> writePngSequence(Function<LocalDate, NetworkScene> sceneOn, List<LocalDate> days,
                                              int width, int height, Path out, Progress progress,
                                              BooleanSupplier cancelled) throws IOException {
        requireFrames(days);
        List<Path> files = sequenceFiles(out, days.size());
        // Every frame is written beside its file first and all are moved into place at the end, so that a failure
        // or a cancel leaves the frames of an earlier export as they were.
        List<Path> parts = new ArrayList<>();
        boolean complete = false;
        try {
            Frames frames = new Frames(sceneOn, width, height);
            for (int i = 0; i < days.size(); i++) {
                checkCancelled(cancelled);
                Path file = files.get(i);
                createParent(file);
                Path part = partBeside(file);
                parts.add(part);
                PngFiles.write(frames.draw(days.get(i)), part);
                progress.frameDone(i + 1, days.size());
            }
            for (int i = 0; i < parts.size(); i++) {
                Files.move(parts.get(i), files.get(i), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            complete = true;
            return List.copyOf(files);
        } finally {
            if (!complete) {
                for (Path part : parts) {
                    Files.deleteIfExists(part);
                }
            }
        }
    }

    private static Path partBeside(Path file) {
        Path target = file.toAbsolutePath();
        return target.resolveSibling("." + target.getFileName() + ".part");
    }

    /** As {@link #writePngSequence(TimelineIndex, Layout, String, List, int, int, Path, Progress, BooleanSupplier)}, never cancelled. */
    public static List<Path> writePngSequence(TimelineIndex index, Layout layout, String title, List<LocalDate> days,
                                              int width, int height, Path out, Progress progress) throws IOException {
        return writePngSequence(index, layout, title, days, width, height, out, progress, NEVER);
    }

    /** The files {@link #writePngSequence} writes for {@code count} frames. */
    public static List<Path> sequenceFiles(Path out, int count) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        Path folder;
        String base;
        if (name.toLowerCase(Locale.ROOT).endsWith(".png")) {
            folder = out.toAbsolutePath().getParent();
            base = name.substring(0, name.length() - ".png".length());
        } else {
            folder = out;
            base = "frame";
        }
        int digits = Math.max(4, String.valueOf(count).length());
        List<Path> files = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            files.add(folder.resolve(String.format(Locale.ROOT, "%s-%0" + digits + "d.png", base, i)));
        }
        return files;
    }

    private static void requireFrames(List<LocalDate> days) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("an animation needs at least one frame");
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("export cancelled");
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
            if (!Files.isDirectory(parent)) {
                // A path such as missing/../out names a folder that cannot be made.
                throw new NoSuchFileException(parent.toString(), null, "no such folder");
            }
        }
    }

    private static void setFrameMetadata(IIOMetadata metadata, int frameMillis, boolean first)
            throws IIOInvalidTreeException {
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);

        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", String.valueOf(Math.round(frameMillis / 10.0)));
        control.setAttribute("transparentColorIndex", "0");

        // The loop count belongs to the file; browsers read it from the first frame.
        if (first) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            // Sub-block 1, then the loop count as a little-endian short: 0 means for ever.
            loop.setUserObject(new byte[] {1, 0, 0});
            extensions.appendChild(loop);
        }
        metadata.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }

    /** The frames of the first animations: every type shown, no focus, no source line. */
    private static Function<LocalDate, NetworkScene> plainScenes(TimelineIndex index, Layout layout, String title) {
        return day -> new NetworkScene(index.snapshotAt(day), index.states(), layout, title, null);
    }

    /** Draws every frame into the same image, which is written before the next frame is drawn. */
    private static final class Frames {
        private final SnapshotRenderer renderer = new SnapshotRenderer();
        private final Function<LocalDate, NetworkScene> sceneOn;
        private final int width;
        private final int height;
        private final BufferedImage image;

        Frames(Function<LocalDate, NetworkScene> sceneOn, int width, int height) {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("picture size must be positive, was " + width + "x" + height);
            }
            this.sceneOn = sceneOn;
            this.width = width;
            this.height = height;
            this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        }

        BufferedImage draw(LocalDate day) {
            NetworkScene scene = sceneOn.apply(day);
            Graphics2D g = image.createGraphics();
            try {
                renderer.draw(g, width, height, scene);
            } finally {
                g.dispose();
            }
            return image;
        }
    }
}
