package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void eachSpanNotesItsTaskItsThreadAndWhenItRan() {
        var timeline = new Timeline();
        int answer = timeline.record("compute", () -> 42);
        timeline.run("print", () -> { });

        var spans = timeline.spans();
        assertEquals(42, answer);
        assertEquals(2, spans.size());
        assertEquals("compute", spans.get(0).task());
        assertEquals(Thread.currentThread().getName(), spans.get(0).thread());
        assertTrue(spans.get(0).end().compareTo(spans.get(1).start()) <= 0, "in order");
    }

    @Test
    void tasksOneAfterTheOtherOnOneThreadDrawAStaircaseInOneRow() {
        var timeline = new Timeline();
        timeline.run("first", () -> { });
        timeline.run("second", () -> { });
        var lines = timeline.render(20).lines().toList();

        assertEquals(3, lines.size(), "scale, one thread row, legend");
        var row = lines.get(1);
        assertTrue(row.startsWith(Thread.currentThread().getName()));
        assertTrue(row.indexOf('A') < row.lastIndexOf('B'), row);
        assertEquals("  A = first  B = second", lines.get(2));
    }

    @Test
    void tasksOnTwoThreadsThatOverlapGetARowEachWithBarsAtTheSameTime() throws Exception {
        var timeline = new Timeline();
        var bothInside = new CyclicBarrier(2);
        Runnable task = () -> {
            try {
                // Neither span can end before both have started: they overlap on every run.
                timeline.run(Thread.currentThread().getName() + "-task", bothInside::await);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        var left = new Thread(task, "left");
        var right = new Thread(task, "right");
        left.start();
        right.start();
        left.join();
        right.join();

        var chart = timeline.render(30);
        var leftRow = chart.lines().filter(l -> l.startsWith("left")).findFirst().orElseThrow();
        var rightRow = chart.lines().filter(l -> l.startsWith("right")).findFirst().orElseThrow();
        int bars = leftRow.indexOf('|');
        boolean sameColumnBusyInBothRows = false;
        for (int column = bars + 1; column < leftRow.length() - 1; column++) {
            sameColumnBusyInBothRows |= leftRow.charAt(column) != ' ' && rightRow.charAt(column) != ' ';
        }
        assertTrue(sameColumnBusyInBothRows, chart);
    }

    @Test
    void anEmptyTimelineSaysSoAndTooNarrowAChartIsRefused() {
        assertEquals("(no tasks recorded)\n", new Timeline().render(40));
        assertThrows(IllegalArgumentException.class, () -> new Timeline().render(3));
    }
}
