package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import dev.threadlessons.util.RecordedTimeline.Row;
import dev.threadlessons.util.RecordedTimeline.Span;
import dev.threadlessons.util.RecordedTimeline.State;

class TimelinePictureTest {

    private static final RecordedTimeline SCENE = new RecordedTimeline(Duration.ofMillis(300), List.of(
            new Row("customer-1", List.of(span(State.TASK, 0, 200, "withdraw 80"))),
            new Row("customer-2", List.of(
                    span(State.BLOCKED, 20, 200, "monitor of SynchronizedAccount, held by customer-1"),
                    span(State.TASK, 200, 300, "withdraw 80"))),
            new Row("auditor", List.of(span(State.SLEEPING, 0, 100, "sleep"),
                    span(State.PARKED, 100, 250, "parked on ReentrantLock")))));

    @Test
    void theSvgIsWellFormedXmlWithARowPerThreadAndALegendAndStaysSmall() throws Exception {
        String svg = TimelinePicture.svg(SCENE, "check-then-act under synchronized");
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));

        assertEquals("svg", document.getDocumentElement().getTagName());
        var groups = document.getElementsByTagName("g");
        int rows = 0;
        int legends = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            String kind = ((Element) groups.item(i)).getAttribute("class");
            rows += kind.equals("row") ? 1 : 0;
            legends += kind.equals("legend") ? 1 : 0;
        }
        assertEquals(3, rows);
        assertEquals(1, legends);
        assertTrue(svg.contains("monitor of SynchronizedAccount, held by customer-1 (180 ms)"), svg);
        assertTrue(svg.length() < 20_000, "a picture, not a data dump: " + svg.length() + " characters");
    }

    @Test
    void theSvgUsesNoScriptAndNoExternalResource() {
        String svg = TimelinePicture.svg(SCENE, "a scene & its <threads>");
        assertTrue(!svg.contains("<script") && !svg.contains("href") && !svg.contains("@import")
                && !svg.contains("url("), svg);
        assertTrue(svg.contains("a scene &amp; its &lt;threads&gt;"));
    }

    @Test
    void theTextChartDrawsTasksAsLettersAndWaitsAsSymbolsWithALegend() {
        var lines = TimelinePicture.text(SCENE, 30).lines().toList();

        assertEquals("customer-1 |AAAAAAAAAAAAAAAAAAAA          |", lines.get(1));
        assertEquals("customer-2 |  ##################AAAAAAAAAA|", lines.get(2));
        assertEquals("auditor    |..........~~~~~~~~~~~~~~~     |", lines.get(3));
        assertEquals("  A = withdraw 80   # blocked on a monitor   ~ parked (lock, latch, semaphore, condition)"
                + "   . sleeping", lines.get(4));
    }

    @Test
    void waitingInWaitAndParkingHaveSymbolsOfTheirOwn() {
        var scene = new RecordedTimeline(Duration.ofMillis(100), List.of(
                new Row("consumer", List.of(span(State.WAITING, 0, 50, "wait() on Object"),
                        span(State.PARKED, 50, 100, "parked on Condition")))));

        var lines = TimelinePicture.text(scene, 10).lines().toList();

        assertEquals("consumer |=====~~~~~|", lines.get(1));
        assertEquals("  = waiting in wait()   ~ parked (lock, latch, semaphore, condition)", lines.get(2));
    }

    @Test
    void aLongThreadNameKeepsItsEndInThePicture() {
        assertEquals("customer-1", TimelinePicture.fitted("customer-1"));
        assertEquals("\u2026peedup.Demo.main()", TimelinePicture.fitted("dev.threadlessons.speedup.Demo.main()"));
        assertEquals(19, TimelinePicture.fitted("dev.threadlessons.speedup.Demo.main()").length());
    }

    @Test
    void ticksAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(50, TimelinePicture.niceStep(37.5));
        assertEquals(0.2, TimelinePicture.niceStep(0.13), 1e-12);
        assertEquals(100, TimelinePicture.niceStep(100));
    }

    private static Span span(State state, long fromMillis, long toMillis, String label) {
        return new Span(state, Duration.ofMillis(fromMillis), Duration.ofMillis(toMillis), label);
    }
}
