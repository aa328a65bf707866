package org.diplomap.cli;

/** Bad usage or bad input on the command line: exit status 2 with this one-line message. */
final class BadInputException extends RuntimeException {
    BadInputException(String message) {
        super(message);
    }
}
