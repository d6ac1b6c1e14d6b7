package jnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code tests/<area>/test-*.js} with {@code ./jnode}, like node's own test runner: a
 * test passes when it exits 0 within its time limit. Output is kept for the failure message.
 * Tests run {@link #JOBS} at a time; a test whose head has a line {@code // Serial: <key> <why>}
 * never runs beside another test with the same key.
 */
class ConformanceTest {
    static final Path ROOT = Path.of(System.getProperty("jnode.root", ".")).toAbsolutePath().normalize();
    static final Path JNODE = ROOT.resolve("jnode");
    // Generous: a test that hangs is rare, and a loaded CI machine has taken 120 s for a test that
    // installs npm packages and runs them under node and jnode.
    static final long TIMEOUT_SECONDS = 240;
    // One test per two cores: a jnode test keeps about two cores busy by itself (the JS thread
    // and the JIT compilers). On 2 cores a second test at once inflated the CPU the suite used by
    // a fifth and gained nothing (21.6 and 18.5 min against 19.5 serial, 2026-11-29).
    static final int JOBS = Integer.parseInt(System.getenv().getOrDefault("JNODE_TEST_JOBS",
        String.valueOf(Math.max(1, Runtime.getRuntime().availableProcessors() / 2))));
    private static final Pattern SERIAL = Pattern.compile("^// Serial: (\\S+)", Pattern.MULTILINE);
    private static final int HEAD_CHARS = 4096;

    /** How a test's process ended: whether it finished in time, its exit code and its output. */
    record Outcome(boolean done, int exitCode, String output) {}

    @TestFactory
    Stream<DynamicTest> conformance() throws IOException {
        List<Path> tests;
        try (Stream<Path> files = Files.walk(ROOT.resolve("tests"), 2)) {
            String only = System.getenv("JNODE_TEST_FILTER");
            tests = files.filter(p -> p.getFileName().toString().matches("test-.*\\.js"))
                .filter(p -> p.getParent().getParent().equals(ROOT.resolve("tests")))
                .filter(p -> only == null || p.toString().contains(only))
                .sorted()
                .toList();
        }
        TestSchedule<Path, Outcome> schedule =
            new TestSchedule<>(tests, Math.max(1, JOBS), ConformanceTest::run, ConformanceTest::serialKey);
        return tests.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> {
            Outcome o = schedule.result(p).get();
            assertTrue(o.done(), () -> "timed out after " + TIMEOUT_SECONDS + " s\n" + o.output());
            assertEquals(0, o.exitCode(), () -> "exit code " + o.exitCode() + "\n" + o.output());
        }));
    }

    /** The key of the test's {@code // Serial:} line, or null when it may run beside anything. */
    static String serialKey(Path test) {
        try (var in = Files.newBufferedReader(test, StandardCharsets.UTF_8)) {
            char[] head = new char[HEAD_CHARS];
            int n = in.read(head);
            Matcher m = SERIAL.matcher(new String(head, 0, Math.max(n, 0)));
            return m.find() ? m.group(1) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Outcome run(Path test) {
        long t0 = System.nanoTime();
        Path log = null;
        try {
            log = Files.createTempFile("jnode-test", ".log");
            ProcessBuilder pb = new ProcessBuilder(JNODE.toString(), test.getFileName().toString())
                .directory(test.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().remove("JNODE_JSLIB");
            pb.environment().put("JNODE", JNODE.toString());
            Process p = pb.start();
            boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
            }
            // The suite's time goes to a few tests: each one's own time, for whoever trims it.
            System.out.printf("%6.1f s  %s%n", (System.nanoTime() - t0) / 1e9, ROOT.relativize(test));
            return new Outcome(done, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }
}
