package jnode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A runtime is an object: several run in one JVM, each with its own loop, output and exit code. */
class EmbeddingTest {
    private static String run(String code, int expectedExit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = JNode.builder().eval(code).stdout(out).stderr(out).build().run();
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, exit, text);
        return text;
    }

    @Test
    void exitCodeAndStdoutAreThisRuntimes() {
        assertEquals("hello 2\n", run("console.log('hello', 1 + 1)", 0));
        run("process.exitCode = 3", 3);
    }

    @Test
    void processExitEndsTheRuntimeNotTheJvm() {
        run("setTimeout(() => console.log('never'), 1000); process.exit(5)", 5);
        assertEquals("after\n", run("console.log('after')", 0));
    }

    @Test
    void uncaughtErrorExitsWithOne() {
        String out = run("setTimeout(() => { throw new Error('boom') }, 1)", 1);
        assertEquals(true, out.contains("Error: boom"), out);
    }

    @Test
    void twoRuntimesRunAtOnce() throws Exception {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        CompletableFuture<Integer> fa = JNode.builder()
            .eval("let n = 0; const t = setInterval(() => { console.log('a', ++n); if (n === 3) { clearInterval(t); process.exitCode = 7; } }, 5)")
            .stdout(a).build().start();
        CompletableFuture<Integer> fb = JNode.builder()
            .eval("process.chdir('/tmp'); setTimeout(() => { console.log('b', process.cwd()); process.exit(9); }, 20)")
            .stdout(b).build().start();
        assertEquals(7, fa.get());
        assertEquals(9, fb.get());
        assertEquals("a 1\na 2\na 3\n", a.toString(StandardCharsets.UTF_8));
        assertEquals("b /tmp\n", b.toString(StandardCharsets.UTF_8));
        // chdir in an embedded runtime is its own: the JVM's cwd is unchanged.
        assertEquals(System.getProperty("user.dir"), java.nio.file.Path.of("").toAbsolutePath().toString());
    }
}
