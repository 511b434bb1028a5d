package dev.aiir.bot.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How this process was launched, as the kernel keeps it ({@code /proc/self/cmdline}): the {@code
 * java} command, the JVM's options, and {@code -jar} with the jar and the program's arguments. Only
 * a {@code java ... -jar FILE ...} launch has a {@link #jar}: any other form is left as it is.
 */
record JvmLaunch(List<String> argv) {
  /** Where JVM options also come from: read by the launcher or the JVM, not shown in argv. */
  static final List<String> OPTION_VARIABLES =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  JvmLaunch {
    argv = List.copyOf(argv);
  }

  /** This process's launch; empty where the kernel does not say (not Linux). */
  static Optional<JvmLaunch> ofThisProcess() {
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
      return Optional.of(new JvmLaunch(split(raw)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The options {@link #OPTION_VARIABLES} give in {@code env}, a word each. */
  static List<String> optionsFromVariables(Map<String, String> env) {
    return OPTION_VARIABLES.stream()
        .map(env::get)
        .filter(Objects::nonNull)
        .flatMap(value -> Arrays.stream(value.trim().split("\\s+")))
        .toList();
  }

  /** The NUL-terminated arguments of {@code /proc/PID/cmdline}. */
  static List<String> split(byte[] raw) {
    List<String> args = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == 0) {
        args.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    return args;
  }

  /** Where {@code -jar} is among the JVM's options; -1 when the launch has none. */
  private int jarFlag() {
    for (int i = 1; i < argv.size() - 1; i++) {
      String arg = argv.get(i);
      if (arg.equals("-jar")) {
        return i;
      }
      if (!arg.startsWith("-") || classPathOrModule(arg)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean classPathOrModule(String arg) {
    return List.of("-cp", "-classpath", "--class-path", "-m", "--module").contains(arg)
        || arg.startsWith("--class-path=")
        || arg.startsWith("--module=");
  }

  /** The jar as the command gave it (relative to the working folder, or absolute). */
  Optional<String> jar() {
    int flag = jarFlag();
    return flag < 0 ? Optional.empty() : Optional.of(argv.get(flag + 1));
  }

  /** The options given to the JVM before {@code -jar}; empty for any other launch. */
  List<String> jvmOptions() {
    int flag = jarFlag();
    return flag < 0 ? List.of() : argv.subList(1, flag);
  }

  /** The same launch with {@code jar} for its jar; unchanged when it is not a jar launch. */
  JvmLaunch withJar(String jar) {
    int flag = jarFlag();
    if (flag < 0) {
      return this;
    }
    List<String> args = new ArrayList<>(argv);
    args.set(flag + 1, jar);
    return new JvmLaunch(args);
  }

  /** The same launch with {@code options} first among the JVM's. */
  JvmLaunch withOptionsFirst(List<String> options) {
    List<String> args = new ArrayList<>(argv.size() + options.size());
    args.add(argv.get(0));
    args.addAll(options);
    args.addAll(argv.subList(1, argv.size()));
    return new JvmLaunch(args);
  }

  /** The same launch without the options {@code drop} accepts (what a relaunch added). */
  JvmLaunch without(Predicate<String> drop) {
    int flag = jarFlag();
    if (flag < 0) {
      return this;
    }
    List<String> args = new ArrayList<>(argv.size());
    args.add(argv.get(0));
    argv.subList(1, flag).stream().filter(drop.negate()).forEach(args::add);
    args.addAll(argv.subList(flag, argv.size()));
    return new JvmLaunch(args);
  }
}
