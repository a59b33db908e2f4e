package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.threadlessons.util.RecordedTimeline.Row;
import dev.threadlessons.util.RecordedTimeline.Span;
import dev.threadlessons.util.RecordedTimeline.State;

/**
 * Where the picture puts things: time runs left to right across a plot from x = 150 (after the
 * column of thread names) to x = 844 (860 wide, less a margin of 16), so one millisecond of a
 * 100 ms scene is 6.94 pixels; each thread's row is 38 pixels high, the first at y = 44.
 */
class TimelinePictureLayoutTest {

    /** customer-1 holds the monitor for the first half; customer-2 is blocked on it from 25 ms, then runs. */
    private static final RecordedTimeline SCENE = new RecordedTimeline(Duration.ofMillis(100), List.of(
            new Row("customer-1", List.of(span(State.TASK, 0, 50, "withdraw 80"))),
            new Row("customer-2", List.of(span(State.BLOCKED, 25, 50, "monitor"),
                    span(State.BLOCKED, 50, 51, "a label far too long for its bar"),
                    span(State.TASK, 51, 100, "withdraw 80")))));

    @Test
    void aBarStartsAndEndsWhereItsTimesFallOnTheAxis() throws Exception {
        var document = parse(TimelinePicture.svg(SCENE, "a scene"));

        var held = rect(document, title -> title.equals("withdraw 80 (50.0 ms)"), 0);
        assertEquals("150.0", held.getAttribute("x"), "from 0 ms, the plot's left edge");
        assertEquals("347.0", held.getAttribute("width"), "half of the plot's 694 pixels: 50 of 100 ms");
        assertEquals("47", held.getAttribute("y"), "a task fills its row: 3 pixels below the row's top, 44");
        assertEquals("32", held.getAttribute("height"));

        var blocked = rect(document, title -> title.startsWith("monitor ("), 0);
        assertEquals("323.5", blocked.getAttribute("x"), "from 25 ms: a quarter of the plot in");
        assertEquals("173.5", blocked.getAttribute("width"), "25 ms");
        assertEquals("100", blocked.getAttribute("y"), "a wait takes the lower half of the second row (top 82)");
        assertEquals("15", blocked.getAttribute("height"));
        assertEquals("#d62728", blocked.getAttribute("fill"), "blocked is red");

        var tiny = rect(document, title -> title.startsWith("a label far too long"), 0);
        assertEquals("6.9", tiny.getAttribute("width"), "1 ms");
    }

    @Test
    void aLabelIsWrittenOnItsBarOnlyWhereItFits() throws Exception {
        var document = parse(TimelinePicture.svg(SCENE, "a scene"));
        List<Element> texts = elements(document, "text");

        var task = texts.stream().filter(text -> text.getTextContent().equals("withdraw 80")).findFirst().orElseThrow();
        assertEquals("154.0", task.getAttribute("x"), "4 pixels into its bar");
        assertEquals("61", task.getAttribute("y"), "on the upper half of the first row");
        assertEquals("11", task.getAttribute("font-size"));

        var wait = texts.stream().filter(text -> text.getTextContent().equals("monitor")).findFirst().orElseThrow();
        assertEquals("327.5", wait.getAttribute("x"));
        assertEquals("111", wait.getAttribute("y"));
        assertEquals("10", wait.getAttribute("font-size"));
        assertEquals("#ffffff", wait.getAttribute("fill"), "white on the red of a blocked bar");

        assertTrue(texts.stream().noneMatch(text -> text.getTextContent().startsWith("a label far too long")),
                "a label wider than its bar is left to the tooltip");
    }

    @Test
    void eachThreadsNameSitsInItsRow() throws Exception {
        var document = parse(TimelinePicture.svg(SCENE, "a scene"));
        var names = elements(document, "text").stream()
                .filter(text -> text.getTextContent().startsWith("customer-")).toList();

        assertEquals(List.of("customer-1", "customer-2"), names.stream().map(Element::getTextContent).toList());
        assertEquals(List.of("67", "105"), names.stream().map(name -> name.getAttribute("y")).toList(),
                "23 pixels below each row's top, 44 and 82");
    }

    @Test
    void theAxisHasATickAtEveryRoundStepAcrossThePlot() throws Exception {
        var document = parse(TimelinePicture.svg(SCENE, "a scene"));
        var ticks = elements(document, "text").stream().filter(text -> text.getTextContent().endsWith(" ms")).toList();

        // 100 ms in about 8 steps: steps of 20 ms (12.5 rounded up to 1, 2 or 5 times a power of ten).
        assertEquals(List.of("0 ms", "20 ms", "40 ms", "60 ms", "80 ms", "100 ms"),
                ticks.stream().map(Element::getTextContent).toList());
        assertEquals(List.of("150.0", "288.8", "427.6", "566.4", "705.2", "844.0"),
                ticks.stream().map(tick -> tick.getAttribute("x")).toList());
        var axis = elements(document, "line").get(0);
        assertEquals(List.of("150", "38", "844.0", "38"), List.of(axis.getAttribute("x1"), axis.getAttribute("y1"),
                axis.getAttribute("x2"), axis.getAttribute("y2")), "the axis spans the plot above the rows");
        var gridLine = elements(document, "line").get(2);
        assertEquals(List.of("288.8", "38", "288.8", "120"), List.of(gridLine.getAttribute("x1"),
                gridLine.getAttribute("y1"), gridLine.getAttribute("x2"), gridLine.getAttribute("y2")),
                "each tick's line runs down to the bottom of the last row");
    }

    @Test
    void aSceneShorterThanAMillisecondIsMeasuredInTenthsOfAMillisecond() throws Exception {
        var brief = new RecordedTimeline(Duration.ofMillis(1).dividedBy(2), List.of(
                new Row("worker", List.of(new Span(State.TASK, Duration.ZERO, Duration.ofMillis(1).dividedBy(2), "t")))));
        var ticks = elements(parse(TimelinePicture.svg(brief, "brief")), "text").stream()
                .map(Element::getTextContent).filter(text -> text.endsWith(" ms")).toList();

        assertEquals(List.of("0.0 ms", "0.1 ms", "0.2 ms", "0.3 ms", "0.4 ms", "0.5 ms"), ticks);
    }

    @Test
    void theLegendNamesEveryStateSideBySideBelowTheRows() throws Exception {
        String svg = TimelinePicture.svg(SCENE, "a scene");
        var document = parse(svg);
        // Two rows end at y = 44 + 2 * 38 = 120; the legend's baseline is 30 below, the picture 30 more.
        assertEquals("180", document.getDocumentElement().getAttribute("height"));

        var legend = elements(document, "g").stream().filter(g -> g.getAttribute("class").equals("legend"))
                .findFirst().orElseThrow();
        var swatches = children(legend, "rect");
        var names = children(legend, "text");
        assertEquals(State.values().length, swatches.size());
        int x = 8;
        for (int i = 0; i < swatches.size(); i++) {
            String description = State.values()[i].description();
            assertEquals(String.valueOf(x), swatches.get(i).getAttribute("x"), description);
            assertEquals("140", swatches.get(i).getAttribute("y"), description);
            assertEquals(String.valueOf(x + 19), names.get(i).getAttribute("x"), description);
            assertEquals("150", names.get(i).getAttribute("y"), description);
            assertEquals(description, names.get(i).getTextContent());
            x += 19 + 6 * description.length() + 22;
        }
        assertEquals("#1f77b4", swatches.get(0).getAttribute("stroke"), "the task's swatch has the task bars' outline");
        assertEquals("", swatches.get(1).getAttribute("stroke"), "a wait's has none");
        var note = names.get(names.size() - 1);
        assertEquals("ms since the scene's first event; recorded by JDK Flight Recorder", note.getTextContent());
        assertEquals(List.of("8", "168"), List.of(note.getAttribute("x"), note.getAttribute("y")));
    }

    @Test
    void anEmptyTimelineIsChartedAsNothingRecorded() {
        assertEquals("(nothing recorded)\n", TimelinePicture.text(new RecordedTimeline(Duration.ZERO, List.of()), 40));
    }

    private static Span span(State state, long fromMillis, long toMillis, String label) {
        return new Span(state, Duration.ofMillis(fromMillis), Duration.ofMillis(toMillis), label);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String tag) {
        return list(document.getElementsByTagName(tag));
    }

    private static List<Element> children(Element parent, String tag) {
        return list(parent.getElementsByTagName(tag));
    }

    private static List<Element> list(NodeList nodes) {
        var found = new ArrayList<Element>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** The {@code index}th bar whose tooltip {@code title} accepts. */
    private static Element rect(Document document, Predicate<String> title, int index) {
        return elements(document, "rect").stream()
                .filter(rect -> rect.getElementsByTagName("title").getLength() == 1
                        && title.test(rect.getElementsByTagName("title").item(0).getTextContent()))
                .toList().get(index);
    }
}
