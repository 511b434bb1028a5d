package dev.aiir.bench;

import dev.aiir.bench.SignedCommands.Signed;
import dev.aiir.bot.http.KeepAliveClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One start of the bot's own jar ({@code java -jar aiir-bot.jar serve}, Slack over HTTP against the
 * loopback Slack), timed from the moment the process is launched: until {@code /healthz} answers
 * 200, and until a signed {@code /incident log} is acknowledged with its entry. Both are polled
 * every 10 ms from two threads, so the first answer is seen within about 10 ms.
 */
final class BotProcess implements AutoCloseable {
  private static final String HOST = "127.0.0.1";
  private static final long POLL_MILLIS = 10;
  private final Process process;
  private final long launched;
  private final int port;
  private final Path log;

  private BotProcess(Process process, long launched, int port, Path log) {
    this.process = process;
    this.launched = launched;
    this.port = port;
    this.log = log;
  }

  /**
   * Launches {@code java [jvmOptions] -jar jar serve} with {@code env}; its log goes to {@code
   * log}.
   */
  static BotProcess launch(
      String jar, List<String> jvmOptions, Map<String, String> env, int port, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar, "serve"));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(log.toFile());
    Map<String, String> environment = builder.environment();
    environment
        .keySet()
        .removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_") || k.startsWith("AIIR_"));
    environment.putAll(env);
    long launched = System.nanoTime();
    return new BotProcess(builder.start(), launched, port, log);
  }

  long pid() {
    return process.pid();
  }

  /**
   * When {@code /healthz} first answered 200: milliseconds from launch, and the CPU used by then.
   */
  record Healthy(double millis, OptionalDouble cpuMillis) {}

  CompletableFuture<Healthy> healthy(Duration bound) {
    return CompletableFuture.supplyAsync(
        () -> {
          double millis = pollUntil(bound, () -> get("/healthz") == 200, "/healthz");
          return new Healthy(millis, ProcessMemory.cpuMillis(pid()));
        });
  }

  /** Milliseconds from launch until {@code command} was answered 200 with {@code expect} in it. */
  CompletableFuture<Double> acknowledged(Duration bound, Signed command, String expect) {
    return CompletableFuture.supplyAsync(
        () ->
            pollUntil(
                bound,
                () -> {
                  try (KeepAliveClient client = new KeepAliveClient(HOST, port)) {
                    KeepAliveClient.Answer answer =
                        client.post(SignedCommands.PATH, command.headers(), command.body());
                    return answer.status() == 200 && answer.body().contains(expect);
                  }
                },
                "an acknowledged command"));
  }

  /** The bot's log so far. */
  String log() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /** Milliseconds since launch. */
  double elapsedMillis() {
    return (System.nanoTime() - launched) / 1e6;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  private interface Probe {
    boolean ok() throws IOException;
  }

  private double pollUntil(Duration bound, Probe probe, String what) {
    long deadline = launched + bound.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (probe.ok()) {
          return elapsedMillis();
        }
      } catch (IOException e) {
        // Not listening yet, or the answer was cut: try again.
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("the bot exited before " + what + "; see " + log);
      }
      sleep(POLL_MILLIS);
    }
    throw new IllegalStateException("no " + what + " within " + bound + "; see " + log);
  }

  /** The status of a GET on a fresh connection. */
  private int get(String path) throws IOException {
    try (Socket socket = new Socket(HOST, port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      String request =
          "GET "
              + path
              + " HTTP/1.1\r\nHost: "
              + HOST
              + ":"
              + port
              + "\r\nConnection: close\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] head = in.readNBytes(12); // "HTTP/1.1 200"
      if (head.length < 12) {
        throw new IOException("connection closed before a status");
      }
      return Integer.parseInt(new String(head, 9, 3, StandardCharsets.US_ASCII));
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Stops it as an operator would (SIGTERM, so the shutdown hook closes the store), then waits. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(40, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
