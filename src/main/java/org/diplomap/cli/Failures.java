package org.diplomap.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.diplomap.io.DatasetFormatException;
import org.diplomap.store.StoreException;

/** Turns what went wrong into one line for stderr and an exit status; never a stack trace for bad input. */
final class Failures {

    private Failures() {
    }

    static String describe(Exception e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (e instanceof DatasetFormatException || e instanceof BadInputException || e instanceof StoreException) {
            return e.getMessage();
        }
        if (e instanceof IOException) {
            return "I/O error: " + e.getMessage();
        }
        return "Unexpected error: " + e;
    }

    static int exitStatus(Exception e) {
        boolean badInput = e instanceof DatasetFormatException || e instanceof BadInputException
                || e instanceof NoSuchFileException;
        return badInput ? DiplomapCommand.BAD_INPUT : DiplomapCommand.FAILURE;
    }
}
