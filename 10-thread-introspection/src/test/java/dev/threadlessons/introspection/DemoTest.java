package dev.threadlessons.introspection;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoOutput;
import dev.threadlessons.testing.DemoRun;
import dev.threadlessons.testing.Readme;

/**
 * The demo runs once, in {@code @BeforeAll}, and most tests read that one run. The first test runs
 * every other check on the same run, on purpose: PIT counts what {@code @BeforeAll} runs as
 * covered by the first test of the class only, and runs only that test against a fault planted in
 * the demo (pitest issue 1081 explains why).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoTest {

    /** One run with the defaults, shared by the tests that read what it printed. */
    private static DemoOutput run;
    /** The thread that ran it: this test class's, as {@code exec:java}'s is not {@code main} either. */
    private static String runner;

    @BeforeAll
    static void runTheDemoOnce() throws Exception {
        runner = Thread.currentThread().getName();
        run = DemoRun.of(Demo::run);
    }

    /** Every check below, on the same run, as one test (see the class comment for why). */
    @Test
    @Order(1)
    void everyCheckOfThisClassHoldsForTheOneRun() {
        assertAll(this::theDemoEndsWithStatusZeroAndEveryThreadItStartedJoined,
                this::everyThreadIsListedInTheStateItWasBroughtToAndTheBlockedOneNamesTheMonitorsHolder,
                this::theSemaphoreDescribesItsQueueWhileTheWaitersWaitAndAfterTheyPassedThePermitOn,
                this::theDemoSaysItsMainRunsOnTheThreadThatCalledItNotOnTheJvmsMain,
                this::moreWaitersAllQueueAndAllGetThePermitInTurn,
                this::theReadmeQuotesTheSectionsAndVerdictOfAFreshRun);
    }

    @Test
    void theDemoEndsWithStatusZeroAndEveryThreadItStartedJoined() {
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.verdict().endsWith("; 7 of 7 threads joined"), run.verdict());
    }

    @Test
    void everyThreadIsListedInTheStateItWasBroughtToAndTheBlockedOneNamesTheMonitorsHolder() {
        String verdict = run.verdict();
        assertTrue(verdict.startsWith("7 of 7 threads were listed in the state they were brought to;"
                + " the blocked thread's lock was reported held by monitor-holder (id "), verdict);
        assertTrue(verdict.contains("), which held it; the semaphore's queue went from 2 to 0;"), verdict);
        // The table's own rows, one per forced state: name, state, and what it waits for.
        assertRow("busy-worker +RUNNABLE +no +5 +\\S+");
        assertRow("sleeping-worker +TIMED_WAITING +no +5 +\\S+");
        assertRow("waiting-worker +WAITING .*AbstractQueuedSynchronizer\\$ConditionObject@\\w+");
        assertRow("monitor-holder +WAITING .*AbstractQueuedSynchronizer\\$ConditionObject@\\w+");
        assertRow("blocked-worker +BLOCKED .*java\\.lang\\.Object@\\w+ +monitor-holder");
        assertRow("permit-waiter-1 +WAITING .*java\\.util\\.concurrent\\.Semaphore\\$NonfairSync@\\w+");
        assertRow("permit-waiter-2 +WAITING .*java\\.util\\.concurrent\\.Semaphore\\$NonfairSync@\\w+");
    }

    private static void assertRow(String row) {
        var pattern = Pattern.compile("^ *\\d+ +" + row + "$");
        assertEquals(1, run.linesWhere(m -> pattern.matcher(m).matches()).size(),
                () -> "no table row like '" + row + "' in:\n" + run);
    }

    @Test
    void theSemaphoreDescribesItsQueueWhileTheWaitersWaitAndAfterTheyPassedThePermitOn() {
        assertTrue(run.lineContaining("while its waiters wait: 0 permits available, 2 threads queued"
                + " (hasQueuedThreads=true), non-fair").isPresent(), run::toString);
        assertTrue(run.lineContaining("after the waiters passed the permit along: 1 permit available,"
                + " 0 threads queued (hasQueuedThreads=false), non-fair").isPresent(), run::toString);
    }

    @Test
    void theDemoSaysItsMainRunsOnTheThreadThatCalledItNotOnTheJvmsMain() {
        assertTrue(run.lineContaining("Thread.currentThread(): '" + runner + "'").isPresent(), run::toString);
        assertTrue(run.lineContaining("the JVM's own main thread is 'main', id ").isPresent(), run::toString);
    }

    @Test
    void moreWaitersAllQueueAndAllGetThePermitInTurn() throws Exception {
        var five = DemoRun.of(Demo::run, "--permit-waiters", "5");
        assertEquals(0, five.status(), five::toString);
        assertTrue(five.verdict().startsWith("10 of 10 threads were listed in the state they were brought to;"),
                five.verdict());
        assertTrue(five.verdict().contains("the semaphore's queue went from 5 to 0"), five.verdict());
        assertEquals(5, five.linesWhere(m -> m.equals("got the permit; passing it on")).size(), five::toString);
    }

    @Test
    void theReadmeQuotesTheSectionsAndVerdictOfAFreshRun() throws Exception {
        Readme.ofThisLesson().assertExcerptMatches(run);
    }

    @Test
    void everyCodeBlockOfTheReadmeIsTheRegionOfTheSourceItNames() throws Exception {
        Readme.ofThisLesson().assertCodeBlocksMatchTheirSources();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--waiters=2             | unknown option --waiters",
        "--permit-waiters        | --permit-waiters needs a value",
        "--permit-waiters=0      | --permit-waiters must be from 1 to 8; was 0",
        "--permit-waiters=-3     | --permit-waiters must be from 1 to 8; was -3",
        "--permit-waiters=9      | --permit-waiters must be from 1 to 8; was 9",
        "--permit-waiters=two    | --permit-waiters must be a whole number; was 'two'",
        "extra                   | unexpected argument 'extra'"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--permit-waiters N");
    }
}
