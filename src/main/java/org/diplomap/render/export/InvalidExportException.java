package org.diplomap.render.export;

/**
 * An export asked with an option that cannot work, such as a width of 0 or an end before the start. It names
 * the option, so that the command line can say {@code --width: ...} and the window {@code Width: ...}.
 */
public final class InvalidExportException extends IllegalArgumentException {

    /** The options of {@link ExportRequest} that can be wrong, named as the command line and the window name them. */
    public enum Option {
        DATE("--date", "Date"),
        FROM("--from", "From"),
        TO("--to", "To"),
        WIDTH("--width", "Width"),
        HEIGHT("--height", "Height"),
        SCALE("--scale", "Scale"),
        FRAME_MS("--frame-ms", "Frame (ms)"),
        FOCUS("--focus", "Focus");

        private final String flag;
        private final String label;

        Option(String flag, String label) {
            this.flag = flag;
            this.label = label;
        }

        /** The option on the command line, such as {@code --frame-ms}. */
        public String flag() {
            return flag;
        }

        /** The option as the export window labels it, such as {@code Frame (ms)}. */
        public String label() {
            return label;
        }
    }

    private final Option option;
    private final String reason;

    public InvalidExportException(Option option, String reason) {
        super(option.label() + ": " + reason);
        this.option = option;
        this.reason = reason;
    }

    public Option option() {
        return option;
    }

    /** What is wrong, without the option's name. */
    public String reason() {
        return reason;
    }
}
