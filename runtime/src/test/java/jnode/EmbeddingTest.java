package jnode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.HostAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runtime is an object: several run in one JVM, each with its own loop, output and exit code. */
class EmbeddingTest {
    private static String run(String code, int expectedExit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = JNode.builder().eval(code).stdout(out).stderr(out).build().run();
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, exit, text);
        return text;
    }

    private static Object get(CompletableFuture<Object> f) throws Exception {
        return f.get(30, TimeUnit.SECONDS);
    }

    /** The JS error a failed call completed with. */
    private static JsException jsError(CompletableFuture<Object> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));
        return assertInstanceOf(JsException.class, e.getCause());
    }

    private static int openFds() throws IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.count();
        }
    }

    @Test
    void exitCodeAndStdoutAreThisRuntimes() {
        assertEquals("hello 2\n", run("console.log('hello', 1 + 1)", 0));
        run("process.exitCode = 3", 3);
    }

    @Test
    void theEngineCanBeTheInterpreter() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = JNode.builder().engine(Engine.INTERPRETER).eval("console.log(process.features.jnode_engine)")
            .stdout(out).build().run();
        assertEquals(0, exit);
        assertEquals("interpreter\n", out.toString(StandardCharsets.UTF_8));
        String dflt = run("console.log(process.features.jnode_engine)", 0);
        assertTrue(dflt.equals("optimizing\n") || dflt.equals("interpreter\n"), dflt);
    }

    @Test
    void builderSetsScriptArgsEnvCwdAndStdin(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("main.js");
        Files.writeString(script, """
            let input = '';
            process.stdin.on('data', (d) => input += d).on('end', () => {
              console.log(JSON.stringify([process.argv.slice(2), process.env.GREETING, process.cwd(), input]));
            });
            """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = JNode.builder().script(script).args("a", "b c").env(Map.of("GREETING", "hi"))
            .cwd(Path.of("/tmp")).stdin(new ByteArrayInputStream("typed".getBytes(StandardCharsets.UTF_8)))
            .stdout(out).build().run();
        assertEquals(0, code);
        assertEquals("[[\"a\",\"b c\"],\"hi\",\"/tmp\",\"typed\"]\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void processExitEndsTheRuntimeNotTheJvm() {
        run("setTimeout(() => console.log('never'), 1000); process.exit(5)", 5);
        assertEquals("after\n", run("console.log('after')", 0));
    }

    @Test
    void uncaughtErrorThrowsTheJsErrorWithItsStack() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        JNode js = JNode.builder()
            .eval("function explode() { throw new RangeError('boom') }\nsetTimeout(() => explode(), 1)")
            .stderr(err).build();
        JsException e = assertThrows(JsException.class, js::run);
        assertEquals("RangeError", e.name());
        assertEquals("RangeError: boom", e.getMessage());
        assertTrue(e.jsStack().contains("at explode ([eval]:1:"), e.jsStack());
        assertEquals("explode", e.getStackTrace()[0].getMethodName());
        assertEquals("[eval]", e.getStackTrace()[0].getFileName());
        // node prints it too, on the runtime's stderr
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("RangeError: boom"), err.toString());
    }

    @Test
    void twoRuntimesRunAtOnce() throws Exception {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        CompletableFuture<Integer> fa = JNode.builder()
            .eval("process.env.ONLY_A = '1'; let n = 0; const t = setInterval(() => { console.log('a', ++n); if (n === 3) { clearInterval(t); process.exitCode = 7; } }, 5)")
            .stdout(a).build().start();
        CompletableFuture<Integer> fb = JNode.builder()
            .eval("process.chdir('/tmp'); setTimeout(() => { console.log('b', process.cwd(), process.env.ONLY_A); process.exit(9); }, 20)")
            .stdout(b).build().start();
        assertEquals(7, fa.get());
        assertEquals(9, fb.get());
        assertEquals("a 1\na 2\na 3\n", a.toString(StandardCharsets.UTF_8));
        assertEquals("b /tmp undefined\n", b.toString(StandardCharsets.UTF_8));
        // chdir in an embedded runtime is its own: the JVM's cwd is unchanged.
        assertEquals(System.getProperty("user.dir"), Path.of("").toAbsolutePath().toString());
    }

    /** A host module: what JS sees of a Java object, and what crosses back. */
    public static final class Inventory {
        final List<String> threads = new ArrayList<>();
        JsFunction listener;

        @HostAccess.Export public int count = 3;
        @HostAccess.Export public String name(String prefix) { return prefix + "-inventory"; }
        @HostAccess.Export public byte[] bytes() { return new byte[] {1, 2, 3}; }
        @HostAccess.Export public int sum(byte[] data) { int s = 0; for (byte b : data) s += b; return s; }
        @HostAccess.Export public List<Object> items() { return List.of("a", 2, Map.of("k", true)); }
        @HostAccess.Export public CompletableFuture<String> later() { return CompletableFuture.supplyAsync(() -> "done"); }
        @HostAccess.Export public void onChange(JsFunction f) { listener = f; }
        @HostAccess.Export public void seen() { threads.add(Thread.currentThread().getName()); }
    }

    @Test
    void hostModulesAndGlobalsCrossAsJsValues() throws Exception {
        Inventory inv = new Inventory();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JNode js = JNode.builder().hostModule("inventory", inv).global("config", Map.of("port", 8080))
            .eval("""
                const inv = require('host:inventory');
                const b = inv.bytes();
                const same = require('host:inventory') === inv;
                console.log(inv.name('x'), inv.count, Buffer.isBuffer(b), [...b].join(), inv.sum(Buffer.from([4, 5])),
                  JSON.stringify(inv.items()), config.port, same);
                inv.later().then((v) => console.log('later', v));
                inv.onChange((n) => n * 2);
                """)
            .stdout(out).build();
        assertEquals(0, js.run(), out.toString());
        assertEquals("x-inventory 3 true 1,2,3 9 [\"a\",2,{\"k\":true}] 8080 true\nlater done\n",
            out.toString(StandardCharsets.UTF_8));
        assertNotNull(inv.listener);
        // The runtime has ended: a JS function kept by Java can no longer be called.
        ExecutionException e = assertThrows(ExecutionException.class, () -> inv.listener.call(1).get(30, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, e.getCause());
    }

    /** The README's example, as written there. */
    public static class Greeter {
        @HostAccess.Export public String greet(String who) { return "hello " + who; }
    }

    @Test
    void readmeExampleWorks() throws Exception {
        try (JNode js = JNode.builder()
                .eval("const g = require('host:greeter');"
                    + "module.exports.shout = async (who) => g.greet(who).toUpperCase()")
                .hostModule("greeter", new Greeter())
                .stdout(System.out)
                .keepAlive(true)
                .build()) {
            js.start();
            assertEquals("HELLO WORLD", js.call("shout", "world").get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void javaThreadsCallJsExportsOnTheLoopThread() throws Exception {
        Inventory inv = new Inventory();
        try (JNode js = JNode.builder().hostModule("inventory", inv).keepAlive(true).eval("""
                const inv = require('host:inventory');
                let calls = 0;
                module.exports = {
                  add(a, b) { inv.seen(); calls++; return a + b; },
                  calls: () => calls,
                };
                """).build()) {
            js.start();
            List<Thread> threads = new ArrayList<>();
            List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int t = 0; t < 4; t++) {
                int base = t * 1000;
                Thread th = new Thread(() -> {
                    try {
                        for (int i = 0; i < 50; i++) assertEquals(base + i + 1, get(js.call("add", base + i, 1)));
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }, "caller-" + t);
                threads.add(th);
                th.start();
            }
            for (Thread th : threads) th.join();
            assertEquals(List.of(), failures);
            assertEquals(200, get(js.call("calls")));
            assertEquals(200, inv.threads.size());
            assertTrue(inv.threads.stream().allMatch("jnode-main"::equals), inv.threads.toString());
        }
    }

    @Test
    void valuesCrossByTheDocumentedRules() throws Exception {
        try (JNode js = JNode.builder().keepAlive(true).eval("""
                module.exports = {
                  echo: (v) => v,
                  describe: (v) => Object.prototype.toString.call(v) + (Buffer.isBuffer(v) ? ' Buffer' : ''),
                  sample: () => ({ n: 1, big: 2 ** 40, half: 0.5, s: 'x', list: [1, 'two'], bytes: Buffer.from('hi'),
                                   nested: { ok: true, none: null }, when: new Date(0), map: new Map([[1, 'one']]), big10: 10n }),
                  slow: (ms) => new Promise((resolve) => setTimeout(() => resolve('waited ' + ms), ms)),
                  awaitJava: async (future) => 'java said ' + await future,
                  adder: (x) => (y) => x + y,
                  callBack: (fn) => fn(20),
                };
                """).build()) {
            js.start();
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) get(js.call("sample"));
            assertEquals(1, s.get("n"));
            assertEquals(1L << 40, s.get("big"));
            assertEquals(0.5, s.get("half"));
            assertEquals("x", s.get("s"));
            assertEquals(List.of(1, "two"), s.get("list"));
            assertArrayEquals("hi".getBytes(StandardCharsets.UTF_8), (byte[]) s.get("bytes"));
            assertEquals(java.util.Arrays.asList(true, null), new ArrayList<>(((Map<?, ?>) s.get("nested")).values()));
            assertEquals(Instant.EPOCH, s.get("when"));
            assertEquals(Map.of(1, "one"), s.get("map"));
            assertEquals(java.math.BigInteger.TEN, s.get("big10"));

            assertEquals("[object Uint8Array] Buffer", get(js.call("describe", (Object) new byte[] {1})));
            assertEquals("[object Array]", get(js.call("describe", List.of(1, 2))));
            assertEquals("[object Object]", get(js.call("describe", Map.of("a", 1))));
            assertEquals("[object Date]", get(js.call("describe", Instant.EPOCH)));
            assertEquals(Map.of("a", List.of("b")), get(js.call("echo", Map.of("a", new String[] {"b"}))));
            assertEquals("waited 20", get(js.call("slow", 20)));
            CompletableFuture<String> fromJava = new CompletableFuture<>();
            CompletableFuture<Object> answer = js.call("awaitJava", fromJava);
            fromJava.complete("yes");
            assertEquals("java said yes", get(answer));

            JsFunction add5 = (JsFunction) get(js.call("adder", 5));
            assertEquals(12, get(add5.call(7)));
            // a Java function handed to JS is an async JS function
            JsFunction twice = args -> CompletableFuture.completedFuture((Integer) args[0] * 2);
            assertEquals(40, get(js.call("callBack", twice)));
        }
    }

    @Test
    void jsErrorsBecomeJsExceptions() throws Exception {
        try (JNode js = JNode.builder().keepAlive(true).eval("""
                const fs = require('fs');
                module.exports = {
                  fail() { null.x; },
                  reject: async () => { throw Object.assign(new Error('nope'), { code: 'E_NOPE' }); },
                  missing: () => fs.readFileSync('/no/such/file'),
                  throwString() { throw 'plain'; },
                  ok: () => 'still running',
                };
                """).build()) {
            js.start();
            JsException type = jsError(js.call("fail"));
            assertEquals("TypeError", type.name());
            assertTrue(type.jsStack().contains("at fail ("), type.jsStack());
            JsException rejected = jsError(js.call("reject"));
            assertEquals("nope", rejected.getMessage().substring("Error: ".length()));
            assertEquals("E_NOPE", rejected.code());
            assertEquals("ENOENT", jsError(js.call("missing")).code());
            JsException plain = jsError(js.call("throwString"));
            assertEquals("plain", plain.getMessage());
            assertEquals(null, plain.name());
            ExecutionException none = assertThrows(ExecutionException.class, () -> get(js.call("nothing")));
            assertInstanceOf(IllegalArgumentException.class, none.getCause());
            // an error thrown to a caller is not uncaught: the runtime goes on
            assertEquals("still running", get(js.call("ok")));
        }
    }

    @Test
    void callsFailOnceTheRuntimeHasEnded() throws Exception {
        JNode js = JNode.builder().eval("module.exports.f = () => 1").build();
        ExecutionException before = assertThrows(ExecutionException.class, () -> get(js.call("f")));
        assertInstanceOf(IllegalStateException.class, before.getCause());
        assertEquals(0, js.run());
        ExecutionException after = assertThrows(ExecutionException.class, () -> get(js.call("f")));
        assertInstanceOf(IllegalStateException.class, after.getCause());
    }

    @Test
    void closeKillsChildrenClosesServersAndLeaksNoFds() throws Exception {
        // The first runtime in a JVM opens jars and native libraries for good; count after it.
        spawnListenAndClose();
        int fdsBefore = openFds();
        spawnListenAndClose();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (openFds() > fdsBefore && System.nanoTime() < deadline) Thread.sleep(20);
        assertEquals(fdsBefore, openFds());
    }

    private static void spawnListenAndClose() throws Exception {
        JNode js = JNode.builder().eval("""
                const { spawn } = require('child_process');
                const net = require('net');
                const child = spawn('sleep', ['60'], { stdio: 'ignore' });
                const server = net.createServer().listen(0, '127.0.0.1');
                module.exports.facts = () => new Promise((resolve) =>
                  server.listening ? resolve([child.pid, server.address().port])
                                   : server.once('listening', () => resolve([child.pid, server.address().port])));
                """).build();
        js.start();
        List<?> facts = (List<?>) get(js.call("facts"));
        long pid = ((Number) facts.get(0)).longValue();
        int port = (Integer) facts.get(1);
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "child runs");
        new Socket("127.0.0.1", port).close();

        js.close();
        assertEquals(0, js.start().get(30, TimeUnit.SECONDS));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ProcessHandle.of(pid).isPresent() && System.nanoTime() < deadline) Thread.sleep(20);
        assertFalse(ProcessHandle.of(pid).isPresent(), "child " + pid + " is gone");
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
    }

    @Test
    void closeEndsJsThatNeverYields() throws Exception {
        JNode js = JNode.builder().eval("setTimeout(() => { for (;;) {} }, 1)").build();
        CompletableFuture<Integer> done = js.start();
        Thread.sleep(200);
        long t0 = System.nanoTime();
        js.close();
        assertTrue(done.isDone());
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(20));
    }
}
