package dev.threadlessons.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What an {@link Event} says of itself in a log line or a debugger: whether its flag is set. */
class EventDescriptionTest {

    @Test
    void toStringSaysWhetherTheFlagIsSet() {
        var event = new Event();
        assertEquals("Event[unset]", event.toString());

        event.set();
        assertEquals("Event[set]", event.toString());

        event.clear();
        assertEquals("Event[unset]", event.toString());
    }
}
