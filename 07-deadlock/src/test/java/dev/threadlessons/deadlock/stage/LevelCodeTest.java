package dev.threadlessons.deadlock.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.threadlessons.util.Level;
import dev.threadlessons.util.Level.CodeLine;
import dev.threadlessons.util.Stepper;
import dev.threadlessons.util.Stepper.Status;
import dev.threadlessons.util.Stepper.View;

/** Each level shows its transfer's real code, and marks the line of every step a teller takes. */
class LevelCodeTest {

    private static final Path LESSON = Path.of("src/main/java/dev/threadlessons/deadlock");

    static Stream<Arguments> levels() {
        return Stream.of(
                Arguments.of((Supplier<Level>) DeadlockLevel::new, "DeadlockingTransfer.java"),
                Arguments.of((Supplier<Level>) OrderedLevel::new, "OrderedTransfer.java"),
                Arguments.of((Supplier<Level>) TryLockLevel::new, "TryLockTransfer.java"),
                Arguments.of((Supplier<Level>) CoarseLockLevel::new, "CoarseLockTransfer.java"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("levels")
    void eachTellersCodeIsTheBodyOfTheLessonsTransferWithoutItsComments(Supplier<Level> levels, String source)
            throws IOException {
        Level level = levels.get();
        for (String teller : List.of("teller-1", "teller-2")) {
            List<CodeLine> code = level.code(teller);
            String call = teller.equals("teller-1") ? "transfer(account-1, account-2, 10):" : "transfer(account-2, account-1, 10):";
            assertEquals(call, code.get(0).text());
            // Wrapped lines and indentation aside, the same characters in the same order.
            assertEquals(withoutSpaces(bodyOf(LESSON.resolve(source))),
                    withoutSpaces(code.subList(1, code.size()).stream().map(CodeLine::text).toList()));
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("levels")
    void everyStepATellerAnnouncesIsMarkedOnExactlyOneLineOfItsCode(Supplier<Level> levels, String source) {
        Level level = levels.get();
        var announced = new ArrayList<String>();
        try (var stepper = new Stepper()) {
            level.start(stepper);
            // 1, 2, 1, 2 is a schedule of every level, and each teller announces both its steps in it.
            for (String teller : List.of("teller-1", "teller-2", "teller-1", "teller-2")) {
                for (View view : stepper.views()) {
                    if (view.status() == Status.READY) {
                        long marked = level.code(view.name()).stream().filter(line -> line.key().equals(view.stepKey())).count();
                        assertEquals(1, marked, () -> view.name() + "'s step " + view.stepKey() + " is marked on " + marked + " lines");
                        announced.add(view.name() + " " + view.stepKey());
                    }
                }
                stepper.allow(teller);
            }
        }
        for (String teller : List.of("teller-1", "teller-2")) {
            List<String> keys = level.code(teller).stream().map(CodeLine::key).filter(key -> !key.isEmpty()).toList();
            assertEquals(2, keys.size(), keys::toString);
            keys.forEach(key -> assertTrue(announced.contains(teller + " " + key), () -> teller + " never announced " + key));
        }
    }

    /** The lines of the tagged region {@code transfer} inside the method: no annotation, signature, closing brace or comment. */
    private static List<String> bodyOf(Path source) throws IOException {
        List<String> all = Files.readAllLines(source);
        List<String> region = all.subList(all.indexOf("    // tag::transfer[]") + 1, all.indexOf("    // end::transfer[]"));
        assertTrue(region.get(0).strip().equals("@Override") && region.get(1).strip().startsWith("public boolean transfer("),
                region::toString);
        return region.subList(2, region.size() - 1).stream().filter(line -> !line.strip().startsWith("//")).toList();
    }

    private static String withoutSpaces(List<String> lines) {
        return lines.stream().map(line -> line.replaceAll("\\s+", "")).collect(Collectors.joining());
    }
}
