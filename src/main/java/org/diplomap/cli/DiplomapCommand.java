package org.diplomap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.diplomap.io.ProductInfo;
import org.diplomap.log.ErrorLog;
import org.diplomap.ui.DiplomapApp;
import org.diplomap.ui.LaunchOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The command line: without a command it opens the window; the commands work on the database without one. */
@Command(name = "diplomap", mixinStandardHelpOptions = true, versionProvider = DiplomapCommand.Version.class,
        description = "Diplomatic ties between states as a network changing over time.",
        subcommands = {ImportCommand.class, SnapshotCommand.class, ExportCommand.class, GenerateCommand.class,
            ChartCommand.class, ChangesCommand.class, RankCommand.class})
public final class DiplomapCommand implements Callable<Integer> {

    /** Exit status for bad usage or bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit status for any other failure. */
    public static final int FAILURE = 1;

    @Mixin
    DatabaseOption database;

    @Option(names = "--date", paramLabel = "D", description = "Open the window at this date (YYYY-MM-DD, YYYY-MM or YYYY).")
    String date;

    @Option(names = "--headless", description = "Render without a display (for --screenshot).")
    boolean headless;

    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "Render the main window at its default size, write it as PNG, and exit.")
    Path screenshot;

    /** --version: this build's version and day, and the Java that runs it (what a report of a problem needs). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ProductInfo.ofThisBuild().versionLine(),
                "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"};
        }
    }

    /** The database named by --db (before or after the command), DIPLOMAP_DB, or the default. */
    Path databasePath() {
        return database.path();
    }

    /** Runs the command line and returns the exit status. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, ErrorLog.forUser());
    }

    /**
     * Runs the command line; every failure is one line on {@code err}, and an unexpected one goes with its
     * stack trace to {@code log}.
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, ErrorLog log) {
        keepLibraryLogsOffTheTerminal(log);
        CommandLine line = new CommandLine(new DiplomapCommand());
        line.setOut(out);
        line.setErr(err);
        ExportCommand.listFormats(line.getSubcommands().get("export"));
        // -V after a command says what it says before one.
        line.getSubcommands().values().forEach(command -> command.getCommandSpec().versionProvider(new Version()));
        line.setParameterExceptionHandler((e, given) -> {
            err.println(OneLine.of(Failures.usageProblem(e)) + " (see "
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return BAD_INPUT;
        });
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (Failures.isExpected(e)) {
                err.println(OneLine.of(Failures.describe(e)));
            } else {
                err.println(unexpected(e, log));
            }
            return Failures.exitStatus(e);
        });
        try {
            return line.execute(args);
        } catch (RuntimeException | Error e) {
            // Picocli lets errors such as OutOfMemoryError through; they too are one line here.
            err.println(unexpected(e, log));
            return FAILURE;
        }
    }

    /**
     * Libraries log through java.util.logging to the terminal (PDFBox names every font it falls back on): their
     * records go nowhere but, when severe, to the error log.
     */
    private static void keepLibraryLogsOffTheTerminal(ErrorLog log) {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                root.removeHandler(handler);
            }
        }
        if (Arrays.stream(root.getHandlers()).noneMatch(SevereToLog.class::isInstance)) {
            root.addHandler(new SevereToLog(log));
        }
    }

    private static final class SevereToLog extends Handler {
        private final ErrorLog log;

        SevereToLog(ErrorLog log) {
            this.log = log;
            setLevel(Level.SEVERE);
        }

        @Override
        public void publish(LogRecord entry) {
            if (isLoggable(entry)) {
                log.record(entry.getLoggerName() + ": " + entry.getMessage(), entry.getThrown());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static String unexpected(Throwable e, ErrorLog log) {
        String line = Failures.describe(e);
        boolean logged = log.record(line, e);
        return OneLine.of(line) + (logged ? " (the details are in " + log.current() + ")" : "");
    }

    @Override
    public Integer call() {
        LocalDate day = date == null ? null : Dates.parseOption("--date", date);
        if (screenshot != null && !screenshot.getFileName().toString().toLowerCase().endsWith(".png")) {
            throw new BadInputException("--screenshot: " + screenshot + ": the screenshot is written as PNG; name it *.png");
        }
        Path folder = screenshot == null ? null : screenshot.toAbsolutePath().getParent();
        if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
            throw new BadInputException("--screenshot: " + folder + ": no such folder");
        }
        if (headless) {
            // Monocle renders in memory in software; these must be set before JavaFX starts.
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            // Monocle's virtual screen (1280x800 unless told) must hold the whole window.
            System.setProperty("headless.geometry", "1920x1200-32");
            System.setProperty("java.awt.headless", "true");
            System.setProperty("diplomap.noDialogs", "true");
        }
        DesktopPlatform.checkThisJarRunsHere();
        DiplomapApp.launch(new LaunchOptions(database.path(), day, screenshot));
        return 0;
    }
}
