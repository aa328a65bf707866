package org.diplomap.cli;

import java.time.LocalDate;
import org.diplomap.model.DateFormatException;
import org.diplomap.model.PartialDate;

final class Dates {

    private Dates() {
    }

    /** A date option as its first day, or bad input naming the option. */
    static LocalDate parseOption(String option, String text) {
        try {
            return PartialDate.parse(text).firstDay();
        } catch (DateFormatException e) {
            throw new BadInputException(option + ": " + e.getMessage());
        }
    }
}
