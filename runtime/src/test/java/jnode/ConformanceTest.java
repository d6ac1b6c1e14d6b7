package jnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code tests/<area>/test-*.js} with {@code ./jnode}, like node's own test runner: a
 * test passes when it exits 0 within its time limit. Output is kept for the failure message.
 */
class ConformanceTest {
    static final Path ROOT = Path.of(System.getProperty("jnode.root", ".")).toAbsolutePath().normalize();
    static final Path JNODE = ROOT.resolve("jnode");
    // Generous: a test that hangs is rare, and a loaded CI machine has taken 120 s for a test that
    // installs npm packages and runs them under node and jnode.
    static final long TIMEOUT_SECONDS = 240;

    @TestFactory
    Stream<DynamicTest> conformance() throws IOException {
        List<Path> tests;
        try (Stream<Path> files = Files.walk(ROOT.resolve("tests"), 2)) {
            tests = files.filter(p -> p.getFileName().toString().matches("test-.*\\.js"))
                .filter(p -> p.getParent().getParent().equals(ROOT.resolve("tests")))
                .sorted()
                .toList();
        }
        String only = System.getenv("JNODE_TEST_FILTER");
        return tests.stream()
            .filter(p -> only == null || p.toString().contains(only))
            .map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> run(p)));
    }

    static void run(Path test) throws Exception {
        Path log = Files.createTempFile("jnode-test", ".log");
        try {
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
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(done, () -> "timed out after " + TIMEOUT_SECONDS + " s\n" + out);
            assertEquals(0, p.exitValue(), () -> "exit code " + p.exitValue() + "\n" + out);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
