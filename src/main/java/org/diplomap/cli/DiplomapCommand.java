package org.diplomap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.diplomap.ui.DiplomapApp;
import org.diplomap.ui.LaunchOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The command line: without a command it opens the window; the commands work on the database without one. */
@Command(name = "diplomap", mixinStandardHelpOptions = true, version = "Diplomap 0.1",
        description = "Diplomatic ties between states as a network changing over time.",
        subcommands = {ImportCommand.class, SnapshotCommand.class, ExportCommand.class, GenerateCommand.class,
            ChartCommand.class})
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

    /** The database named by --db (before or after the command), DIPLOMAP_DB, or the default. */
    Path databasePath() {
        return database.path();
    }

    /** Runs the command line and returns the exit status. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new DiplomapCommand());
        line.setOut(out);
        line.setErr(err);
        ExportCommand.listFormats(line.getSubcommands().get("export"));
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println(Failures.describe(e));
            return Failures.exitStatus(e);
        });
        return line.execute(args);
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
        DiplomapApp.launch(new LaunchOptions(database.path(), day, screenshot));
        return 0;
    }
}
