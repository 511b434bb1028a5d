package dev.aiir.bot.app;

import dev.aiir.bot.config.EnvironmentVariables;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a serving bot's code is compiled: by the quick compiler (C1) alone, but for the PIR
 * recognizer, which the optimizing compiler (C2) still takes.
 *
 * <p>Why: on two cores the optimizing compiler took a core to itself for the first half minute
 * after a start, so the first commands after a restart (during an incident, when it counts) were
 * answered at half the rate with a p99 over 100 ms. The quick compiler is done within seconds and
 * its code answers Slack's commands several times faster than a team needs; a long PIR draft is the
 * one place the optimizing compiler pays (twice as fast), and keeps it. The JVM takes these as
 * compiler directives through its diagnostic command, as {@code jcmd PID Compiler.directives_add}
 * would, so a plain {@code java -jar} gets them with no flag: through the JVM's attach socket where
 * that is safe ({@link SelfAttach}), else through JMX's diagnostic command bean. The sooner they
 * are in, the less the optimizing compiler spends on start-up code: asked first thing and through
 * the socket (JMX alone loads some 300 classes first), a start used a quarter of a second less CPU
 * before it served. {@code AIIR_COMPILATION=jvm} leaves compilation to the JVM (and to the
 * operator's own flags).
 */
public final class QuickCompilation {
  static final String DIRECTIVES = "quick-compilation.json";
  static final String VARIABLE = "AIIR_COMPILATION";

  private QuickCompilation() {}

  /** Not a constant: {@link #wanted} runs before logging has started, and should not start it. */
  private static Logger log() {
    return LoggerFactory.getLogger(QuickCompilation.class);
  }

  /**
   * Whether {@code env} asks for quick compilation: unset or {@code quick} does, {@code jvm} does
   * not; anything else is the operator's mistake.
   */
  public static boolean wanted(Map<String, String> env) {
    return !EnvironmentVariables.saysOtherThan(env, VARIABLE, "quick", "jvm");
  }

  /**
   * Adds the directives to this JVM and answers whether it took them; on a JVM that does not (not
   * HotSpot, say) it logs that the JVM's own compilation stays.
   */
  public static boolean apply() {
    try {
      String answer = addDirectives(DIRECTIVES).strip();
      if (!taken(answer)) {
        log().warn("compilation: the JVM's own (its compiler directives answered '{}')", answer);
        return false;
      }
      log().info("compilation: quick but for PIR drafting ({})", answer);
      return true;
    } catch (IOException | JMException | RuntimeException e) {
      log()
          .warn(
              "compilation: the JVM's own (its compiler directives were not taken: {})",
              e.toString());
      return false;
    }
  }

  /** Whether the JVM's answer to the directives says it took some. */
  static boolean taken(String answer) {
    String said = answer.strip();
    return said.endsWith("compiler directives added") && !said.startsWith("0 ");
  }

  /** What the JVM answers to the directives in {@code resource}, beside this class. */
  static String addDirectives(String resource) throws IOException, JMException {
    Path file = Files.createTempFile("aiir-compiler-directives", ".json");
    try (InputStream in =
        Objects.requireNonNull(
            QuickCompilation.class.getResourceAsStream(resource), "no resource " + resource)) {
      Files.write(file, in.readAllBytes());
      Optional<String> attached = SelfAttach.jcmd("Compiler.directives_add " + file);
      if (attached.isPresent()) {
        return attached.get();
      }
      Object answer =
          ManagementFactory.getPlatformMBeanServer()
              .invoke(
                  new ObjectName("com.sun.management:type=DiagnosticCommand"),
                  "compilerDirectivesAdd",
                  new Object[] {new String[] {file.toString()}},
                  new String[] {String[].class.getName()});
      return String.valueOf(answer);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
