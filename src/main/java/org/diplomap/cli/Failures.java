package org.diplomap.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.nio.file.NoSuchFileException;
import org.diplomap.io.DatasetFormatException;
import org.diplomap.store.StoreException;
import picocli.CommandLine;

/** Turns what went wrong into one line for stderr and an exit status; never a stack trace for bad input. */
final class Failures {

    private Failures() {
    }

    /**
     * What is wrong with the command line: the options it does not know first (picocli would rather complain
     * of a required option missing, when that option was probably mistyped).
     */
    static String usageProblem(CommandLine.ParameterException e) {
        CommandLine.ParseResult parsed = e.getCommandLine().getParseResult();
        List<String> unknown = parsed == null ? List.of() : parsed.unmatched();
        if (!unknown.isEmpty() && !(e instanceof CommandLine.UnmatchedArgumentException)) {
            return (unknown.size() == 1 ? "Unknown option or argument: '" : "Unknown options or arguments: '")
                    + String.join("', '", unknown) + "'";
        }
        return e.getMessage();
    }

    /** Whether a failure is one the program explains (bad input, a database in use, a file missing). */
    static boolean isExpected(Throwable e) {
        return e instanceof DatasetFormatException || e instanceof BadInputException || e instanceof StoreException
                || e instanceof NoSuchFileException || e instanceof AccessDeniedException
                || e instanceof FileSystemException || e instanceof CancellationException;
    }

    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": " + (missing.getReason() != null ? missing.getReason() : "no such file");
        }
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (e instanceof DatasetFormatException || e instanceof BadInputException || e instanceof StoreException) {
            return e.getMessage();
        }
        if (e instanceof FileSystemException failed && failed.getFile() != null) {
            return failed.getFile() + ": " + (failed.getReason() != null ? failed.getReason() : "cannot be written");
        }
        if (e instanceof IOException) {
            return "I/O error: " + e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "Not enough memory (" + e.getMessage() + "); give Java more, for example java -Xmx2g -jar "
                    + "diplomap.jar ...";
        }
        return "Unexpected error: " + e;
    }

    static int exitStatus(Throwable e) {
        boolean badInput = e instanceof DatasetFormatException || e instanceof BadInputException
                || e instanceof NoSuchFileException;
        return badInput ? DiplomapCommand.BAD_INPUT : DiplomapCommand.FAILURE;
    }
}
