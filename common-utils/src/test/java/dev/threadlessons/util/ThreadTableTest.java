package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ThreadTableTest {

    @Test
    void columnsAreAlignedWithNumbersOnTheRightAndWordsOnTheLeft() {
        var rows = List.of(
                new ThreadRow(1, "main", Thread.State.RUNNABLE, false, 5, "main", "", "", -1),
                new ThreadRow(23, "blocked", Thread.State.BLOCKED, true, 10, "main",
                        "java.lang.Object@1b6d3586", "holder", 22));
        var expected = ""
                + "id  name     state     daemon  prio  group  waits for                  held by\n"
                + " 1  main     RUNNABLE  no         5  main\n"
                + "23  blocked  BLOCKED   yes       10  main   java.lang.Object@1b6d3586  holder\n";
        assertEquals(expected, ThreadTable.format(rows));
    }

    @Test
    void anEmptyListingIsJustTheHeader() {
        assertEquals("id  name  state  daemon  prio  group  waits for  held by\n",
                ThreadTable.format(List.of()));
    }
}
