package dev.aiir.bot.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A diagnostic command ({@code jcmd}) run by this JVM on itself through HotSpot's attach socket, as
 * {@code jcmd PID ...} would: the same answer as the JMX diagnostic command bean gives, without
 * loading JMX (some 300 classes and a tenth of a second of CPU at start-up, on the way to the first
 * command). HotSpot opens its socket when it receives SIGQUIT while a file named {@code
 * .attach_pid<pid>} exists in /tmp; this class makes that file and sends the signal with {@code
 * kill} (where there is no {@code kill}, or anything else fails, it answers empty). The JVM keeps
 * its socket open, as it does after any {@code jcmd}.
 *
 * <p>Only on Linux, on HotSpot, and when nothing could have told the JVM to leave SIGQUIT to the
 * process ({@code -Xrs}, which would let the signal end it) or to refuse attaching: otherwise it
 * answers empty and the caller takes the JMX way.
 */
final class SelfAttach {
  private static final Path TMP = Path.of("/tmp");
  private static final long SOCKET_WAIT_MILLIS = 2_000;

  /** JVM options under which the signal is not safe or not answered. */
  private static final List<String> UNSAFE_OPTIONS =
      List.of("-Xrs", "ReduceSignalUsage", "DisableAttachMechanism");

  private SelfAttach() {}

  /**
   * Runs {@code command} (a diagnostic command and its arguments) and answers its output; empty
   * when this JVM cannot safely be asked this way or did not answer.
   */
  static Optional<String> jcmd(String command) {
    return jcmd(command, commandLine(), System.getenv());
  }

  /** The same, {@code commandLine} and {@code env} being the JVM's as they are to be judged. */
  static Optional<String> jcmd(String command, List<String> commandLine, Map<String, String> env) {
    if (!safeHere(
        System.getProperty("os.name", ""),
        System.getProperty("java.vm.name", ""),
        commandLine,
        env)) {
      return Optional.empty();
    }
    long pid = ProcessHandle.current().pid();
    try {
      Path socket = socket(pid);
      if (socket == null) {
        return Optional.empty();
      }
      try {
        return ask(socket, command);
      } catch (ConnectException e) {
        // A file left by an earlier process with this pid, killed before it could remove it (pid 1
        // in a container restarted after a SIGKILL): HotSpot opens a new one when signalled.
        Files.deleteIfExists(socket);
        Path fresh = socket(pid);
        return fresh == null ? Optional.empty() : ask(fresh, command);
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether raising SIGQUIT opens the attach socket and cannot end or disturb the process. */
  static boolean safeHere(
      String osName, String vmName, List<String> commandLine, Map<String, String> env) {
    if (!osName.equals("Linux") || !vmName.endsWith("Server VM") || vmName.contains("J9")) {
      return false;
    }
    // The variables' options reach the JVM without showing in its command line.
    return commandLine.stream().noneMatch(SelfAttach::unsafe)
        && JvmLaunch.optionsFromVariables(env).stream().noneMatch(SelfAttach::unsafe);
  }

  /**
   * Whether one option could make the signal unsafe: one of {@link #UNSAFE_OPTIONS}, or an argument
   * file or options file, which could hold any option and is not read.
   */
  private static boolean unsafe(String option) {
    return option.startsWith("@")
        || option.startsWith("-XX:Flags=")
        || option.startsWith("-XX:VMOptionsFile=")
        || UNSAFE_OPTIONS.stream().anyMatch(option::contains);
  }

  /** This JVM's command line; an unreadable one counts as an unread options file. */
  private static List<String> commandLine() {
    return JvmLaunch.ofThisProcess().map(JvmLaunch::argv).orElse(List.of("@unknown"));
  }

  /** The JVM's attach socket, opened now if it was not; null when it did not open in time. */
  private static Path socket(long pid) throws IOException {
    Path socket = TMP.resolve(".java_pid" + pid);
    if (Files.exists(socket)) {
      return socket;
    }
    Path trigger = TMP.resolve(".attach_pid" + pid);
    Files.deleteIfExists(trigger);
    Files.createFile(trigger);
    try {
      raiseQuit(pid);
      long deadline = System.nanoTime() + SOCKET_WAIT_MILLIS * 1_000_000;
      while (!Files.exists(socket)) {
        if (System.nanoTime() > deadline) {
          return null;
        }
        sleepBriefly();
      }
      return socket;
    } finally {
      Files.deleteIfExists(trigger);
    }
  }

  /** Java raises only the signals it handles itself, so {@code kill} sends this one. */
  private static void raiseQuit(long pid) throws IOException {
    Process kill =
        new ProcessBuilder("kill", "-QUIT", Long.toString(pid))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      if (kill.waitFor() != 0) {
        throw new IOException("kill -QUIT answered " + kill.exitValue());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted signalling", e);
    }
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for the attach socket", e);
    }
  }

  /** HotSpot's attach protocol, version 1: the command and three arguments, NUL-terminated. */
  private static Optional<String> ask(Path socket, String command) throws IOException {
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      String request = "1\0jcmd\0" + command + "\0\0\0";
      ByteBuffer out = ByteBuffer.wrap(request.getBytes(StandardCharsets.UTF_8));
      while (out.hasRemaining()) {
        channel.write(out);
      }
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      ByteBuffer in = ByteBuffer.allocate(4096);
      while (channel.read(in) >= 0) {
        answer.write(in.array(), 0, in.position());
        in.clear();
      }
      String text = answer.toString(StandardCharsets.UTF_8);
      int newline = text.indexOf('\n');
      if (newline < 0 || !text.substring(0, newline).strip().equals("0")) {
        return Optional.empty();
      }
      return Optional.of(text.substring(newline + 1));
    }
  }
}
