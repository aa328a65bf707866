package org.diplomap.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as it was written in the data: a day ("2025-07-03"), a month ("2023-09") or a year ("1997").
 * The precision is kept for display; for computing, a partial date stands for its first day.
 */
public final class PartialDate implements Comparable<PartialDate> {

    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final LocalDate firstDay;
    private final Precision precision;

    private PartialDate(LocalDate firstDay, Precision precision) {
        this.firstDay = firstDay;
        this.precision = precision;
    }

    public static PartialDate ofDay(LocalDate day) {
        return new PartialDate(Objects.requireNonNull(day), Precision.DAY);
    }

    /** Reads "YYYY-MM-DD", "YYYY-MM" or "YYYY"; anything else is a {@link DateFormatException}. */
    public static PartialDate parse(String text) {
        if (text == null) {
            throw new DateFormatException("no date given; write YYYY-MM-DD, YYYY-MM or YYYY");
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new DateFormatException("'" + text + "' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY");
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) == null) {
                return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH);
            }
            return new PartialDate(LocalDate.of(year, month, Integer.parseInt(m.group(3))), Precision.DAY);
        } catch (DateTimeException e) {
            throw new DateFormatException("'" + text + "' is not a date of the calendar");
        }
    }

    /** The day this date stands for when computing. */
    public LocalDate firstDay() {
        return firstDay;
    }

    public Precision precision() {
        return precision;
    }

    @Override
    public int compareTo(PartialDate other) {
        int byDay = firstDay.compareTo(other.firstDay);
        return byDay != 0 ? byDay : precision.compareTo(other.precision);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate other && firstDay.equals(other.firstDay) && precision == other.precision;
    }

    @Override
    public int hashCode() {
        return firstDay.hashCode() * 31 + precision.hashCode();
    }

    /** The date with the precision it was written with. */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", firstDay.getYear());
            case MONTH -> String.format("%04d-%02d", firstDay.getYear(), firstDay.getMonthValue());
            case DAY -> firstDay.toString();
        };
    }
}
