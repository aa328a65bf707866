package org.diplomap.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A headless Chromium driven through the DevTools protocol (over its WebSocket, with the JDK's client), so that a
 * test can open a page, read it and press real keys in it. Each browser has a fresh profile, deleted on close.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^/]+)/");
    private static final Duration ANSWER = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The browser on the PATH, if any. */
    static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String folder : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The flags that keep a test browser quiet: no network of its own, no first-run pages, a window of 1440 x 900. */
    static List<String> quietFlags(Path profile) {
        return List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1440,900");
    }

    static HeadlessChromium start(Path executable) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(quietFlags(profile));
        command.addAll(List.of("--remote-debugging-port=0", "about:blank"));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String browser = devToolsAddress(process);
            String page = pageSocket(browser.replace("ws://", "http://"));
            HeadlessChromium[] chromium = new HeadlessChromium[1];
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(page), new Listener(message -> chromium[0].answer(message)))
                    .get(ANSWER.toSeconds(), TimeUnit.SECONDS);
            chromium[0] = new HeadlessChromium(process, profile, socket);
            chromium[0].send("Page.enable", Map.of());
            return chromium[0];
        } catch (Exception e) {
            process.destroyForcibly().waitFor();
            deleteTree(profile);
            throw new IOException("chromium did not start: " + e.getMessage(), e);
        }
    }

    /** Reads the browser's error stream until it names its DevTools address; the rest is drained and dropped. */
    private static String devToolsAddress(Process process) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (err.readLine() != null) {
                            // The browser's own chatter is of no use to the test.
                        }
                    } catch (IOException ignored) {
                        // The browser closed.
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
            said.append(line).append('\n');
        }
        throw new IOException("chromium exited without a DevTools address:\n" + said);
    }

    private static String pageSocket(String httpAddress) throws IOException, InterruptedException {
        HttpResponse<String> targets = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(httpAddress + "/json/list")).timeout(ANSWER).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : JSON.readTree(targets.body())) {
            if ("page".equals(target.path("type").asString())) {
                return target.path("webSocketDebuggerUrl").asString();
            }
        }
        throw new IOException("no page among the browser's targets: " + targets.body());
    }

    /** Sends one command and waits for its answer; a protocol error is an exception. */
    JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true)
                .get(ANSWER.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = answer.get(ANSWER.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply.path("result");
    }

    private void answer(String message) {
        JsonNode node = JSON.readTree(message);
        if (node.has("id")) {
            CompletableFuture<JsonNode> waiting = pending.remove(node.get("id").asInt());
            if (waiting != null) {
                waiting.complete(node);
            }
        }
    }

    /** Goes to {@code url}, as typing it in the address bar would. */
    void open(String url) throws Exception {
        send("Page.navigate", Map.of("url", url));
    }

    /** The value of a JavaScript expression in the page, as JSON. */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Waits until a JavaScript condition holds in the page. */
    void waitUntil(String condition) throws Exception {
        long deadline = System.nanoTime() + ANSWER.toNanos();
        while (!evaluate("Boolean(" + condition + ")").asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the page never had " + condition);
            }
            Thread.sleep(20);
        }
    }

    /** Presses and releases a key that types no character, such as {@code ArrowRight} (key code 39). */
    void press(String key, int keyCode) throws Exception {
        for (String type : List.of("rawKeyDown", "keyUp")) {
            send("Input.dispatchKeyEvent", Map.of("type", type, "key", key, "code", key,
                    "windowsVirtualKeyCode", keyCode, "nativeVirtualKeyCode", keyCode));
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        socket.abort();
        // The command may be a script that started the browser: its processes are ended with it.
        List<ProcessHandle> processes = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle each : processes) {
            try {
                each.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                each.destroyForcibly();
            }
        }
        deleteTree(profile);
    }

    /** Deletes a folder; a file that a closing browser wrote meanwhile is deleted on the next round. */
    static void deleteTree(Path folder) throws IOException, InterruptedException {
        for (int round = 0; Files.exists(folder); round++) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                if (round == 10) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    /** Gathers the pieces of each message, which the socket may deliver in several parts. */
    private static final class Listener implements WebSocket.Listener {
        private final java.util.function.Consumer<String> whole;
        private final StringBuilder parts = new StringBuilder();

        Listener(java.util.function.Consumer<String> whole) {
            this.whole = whole;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                String message = parts.toString();
                parts.setLength(0);
                whole.accept(message);
            }
            webSocket.request(1);
            return null;
        }
    }
}
