package dev.threadlessons.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class DemoRunTest {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRunTest.class);

    /** A demo in miniature: a header, a section, a line from a worker thread, and a verdict. */
    static int tinyDemo(String... args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("error: unexpected argument '" + args[0] + "'");
            return 2;
        }
        LOG.info("=== Lesson 99: tiny ===");
        LOG.info("--- one worker, {} ms of work ---", 25);
        var worker = new Thread(() -> LOG.info("worked at {}", "@1b6d3586"), "worker-1");
        worker.start();
        worker.join();
        System.out.println("plain output");
        LOG.info("Verdict: {} of {} workers done in {} ms", 1, 1, 25);
        return 0;
    }

    @Test
    void keepsEveryLoggedLineWithItsThreadAndWhatWentToStandardOutput() throws Exception {
        DemoOutput output = DemoRun.of(DemoRunTest::tinyDemo);
        assertEquals(0, output.status());
        assertEquals(new LogLine("worker-1", "worked at @1b6d3586"), output.lines().get(2));
        assertEquals("1 of 1 workers done in 25 ms", output.verdict());
        assertEquals(List.of("one worker, 25 ms of work"), output.sections());
        assertEquals("plain output" + System.lineSeparator(), output.out());
    }

    @Test
    void theSkeletonIsTheHeaderTheSectionsAndTheVerdictWithNumbersMasked() throws Exception {
        assertEquals(List.of(
                "=== Lesson <n>: tiny ===",
                "--- one worker, <time> of work ---",
                "Verdict: <n> of <n> workers done in <time>"), DemoRun.of(DemoRunTest::tinyDemo).skeleton());
    }

    @Test
    void aRejectedRunKeepsItsStatusAndWhatItWroteToStandardError() throws Exception {
        DemoOutput output = DemoRun.of(DemoRunTest::tinyDemo, "stray");
        assertEquals(2, output.status());
        assertTrue(output.loggedNothing());
        assertEquals("error: unexpected argument 'stray'" + System.lineSeparator(), output.err());
        assertThrows(AssertionError.class, output::verdict);
    }

    @Test
    void aRefusalIsRecognisedOnlyWithItsReasonAndTheUsage() throws Exception {
        DemoOutput refused = new DemoOutput(2, List.of(), "", "error: unknown option --x\nusage: mvn exec:java\n");
        refused.assertRejected("unknown option --x");
        assertThrows(AssertionError.class, () -> refused.assertRejected("unknown option --y"));
        assertThrows(AssertionError.class, () -> DemoRun.of(DemoRunTest::tinyDemo).assertRejected("anything"));
    }

    @Test
    void helpIsRecognisedOnlyWithEveryOptionItNames() {
        DemoOutput help = new DemoOutput(0, List.of(), "usage: mvn exec:java\n  --threads N  threads\n  --help  print\n", "");
        help.assertHelp("--threads N");
        assertThrows(AssertionError.class, () -> help.assertHelp("--threads N", "--runs N"));
    }

    @Test
    void masksTimesHashesAndNumbersButKeepsWords() {
        assertEquals("took <time> and <time>, <n> of <n> at @<hash>, <n>x faster",
                Masking.mask("took 204 ms and 1.23 s, 3 of 1000000 at @2cd8dea0, 1.9x faster"));
    }
}
