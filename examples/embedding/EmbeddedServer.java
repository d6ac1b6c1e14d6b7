import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jnode.JNode;
import org.graalvm.polyglot.HostAccess;

/** Runs server.js inside this JVM, talks to it over HTTP and through calls, then closes it. */
public class EmbeddedServer {
    /** What JS sees as require('host:board'): it tells Java of each message it stores. */
    public static class Board {
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();

        @HostAccess.Export
        public void received(String text) {
            received.add(text);
        }
    }

    public static void main(String[] args) throws Exception {
        Board board = new Board();
        Path script = Path.of(args.length > 0 ? args[0] : "examples/embedding/server.js");
        try (JNode js = JNode.builder().script(script).hostModule("board", board).build()) {
            js.start();
            int port = (Integer) js.call("port").get();
            System.out.println("server.js listens on port " + port);

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> res = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/messages"))
                    .POST(HttpRequest.BodyPublishers.ofString("hello from Java over HTTP")).build(),
                HttpResponse.BodyHandlers.ofString());
            System.out.print("HTTP " + res.statusCode() + ": " + res.body());
            System.out.println("JS told Java: " + board.received.poll(10, TimeUnit.SECONDS));

            System.out.println("call post(...) -> " + js.call("post", "hello from Java by a call").get());
            System.out.println("call messages() -> " + js.call("messages").get());
        }
        System.out.println("closed");
    }
}
