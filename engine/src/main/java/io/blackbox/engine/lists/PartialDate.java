package io.blackbox.engine.lists;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date that may be known only to the year or the month, as lists give dates of birth.
 * {@code month} and {@code day} are 0 when unknown. Written ISO-style: {@code 1970}, {@code 1970-05},
 * {@code 1970-05-03}.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    public PartialDate {
        if (year < 1000 || year > 2999) {
            throw new IllegalArgumentException("year " + year + " is out of range");
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month + " is out of range");
        }
        if (day < 0 || day > 31 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("day " + day + " is out of range");
        }
        if (day > 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such date " + year + "-" + month + "-" + day, e);
            }
        }
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException naming the text when it is none of those or no real date
     */
    public static PartialDate parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("date is empty");
        }
        String t = text.strip();
        if (!t.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("date '" + text + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(t.substring(0, 4));
        int month = t.length() >= 7 ? Integer.parseInt(t.substring(5, 7)) : 0;
        int day = t.length() == 10 ? Integer.parseInt(t.substring(8, 10)) : 0;
        return new PartialDate(year, month, day);
    }

    /** True when the two dates can denote the same day: equal on every part both know. */
    public boolean compatibleWith(PartialDate other) {
        if (year != other.year) {
            return false;
        }
        if (month == 0 || other.month == 0) {
            return true;
        }
        if (month != other.month) {
            return false;
        }
        return day == 0 || other.day == 0 || day == other.day;
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) c = Integer.compare(month, o.month);
        if (c == 0) c = Integer.compare(day, o.day);
        return c;
    }

    @Override
    public String toString() {
        if (month == 0) return String.format("%04d", year);
        if (day == 0) return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
