package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.PartialDate;
import org.junit.jupiter.api.Test;

import static io.blackbox.engine.lists.importers.Dates.SlashOrder.DAY_FIRST;
import static io.blackbox.engine.lists.importers.Dates.SlashOrder.MONTH_FIRST;
import static org.assertj.core.api.Assertions.assertThat;

class DatesTests {

    @Test
    void readsTheSpellingsListsUse() {
        assertThat(Dates.parse("10 Dec 1948", MONTH_FIRST)).containsExactly(new PartialDate(1948, 12, 10));
        assertThat(Dates.parse("Dec 1948", MONTH_FIRST)).containsExactly(new PartialDate(1948, 12, 0));
        assertThat(Dates.parse("circa 1951", MONTH_FIRST)).containsExactly(new PartialDate(1951, 0, 0));
        assertThat(Dates.parse("1948-12-10", MONTH_FIRST)).containsExactly(new PartialDate(1948, 12, 10));
        assertThat(Dates.parse("6.10.2001", DAY_FIRST)).containsExactly(new PartialDate(2001, 10, 6));
        assertThat(Dates.parse("06/19/2003", MONTH_FIRST)).containsExactly(new PartialDate(2003, 6, 19));
        assertThat(Dates.parse("June 30, 2012", MONTH_FIRST)).containsExactly(new PartialDate(2012, 6, 30));
    }

    @Test
    void expandsShortYearRangesAndKeepsOnlyTheEndsOfLongOnes() {
        assertThat(Dates.parse("1960 to 1962", MONTH_FIRST)).containsExactly(
                new PartialDate(1960, 0, 0), new PartialDate(1961, 0, 0), new PartialDate(1962, 0, 0));
        assertThat(Dates.parse("circa 1979-1982", MONTH_FIRST)).hasSize(4);
        assertThat(Dates.parse("1900 to 1950", MONTH_FIRST)).containsExactly(
                new PartialDate(1900, 0, 0), new PartialDate(1950, 0, 0));
    }

    @Test
    void readsAlternativesAsSeveralDates() {
        assertThat(Dates.parse("(a) 3.3.1965, (b) 1.1.1965", DAY_FIRST)).containsExactly(
                new PartialDate(1965, 3, 3), new PartialDate(1965, 1, 1));
        assertThat(Dates.parse("1965 or 1966", DAY_FIRST)).containsExactly(
                new PartialDate(1965, 0, 0), new PartialDate(1966, 0, 0));
    }

    @Test
    void returnsNothingForTextThatIsNoDate() {
        assertThat(Dates.parse("Qom, Iran", DAY_FIRST)).isEmpty();
        assertThat(Dates.parse("31 Feb 1970", MONTH_FIRST)).isEmpty();
        assertThat(Dates.parse(null, MONTH_FIRST)).isEmpty();
    }
}
