package dev.aiir.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmLaunchTest {
  private final JvmLaunch jarLaunch =
      new JvmLaunch(List.of("java", "-Xmx1g", "-Dx=y", "-jar", "bot.jar", "serve"));

  @Test
  void theKernelsArgumentsAreSplitAtEachNul() {
    byte[] raw = "java\0-jar\0bot.jar\0serve\0".getBytes(StandardCharsets.UTF_8);

    assertThat(JvmLaunch.split(raw)).containsExactly("java", "-jar", "bot.jar", "serve");
  }

  @Test
  void aJarLaunchHasItsJarAndTheOptionsBeforeIt() {
    assertThat(jarLaunch.jar()).contains("bot.jar");
    assertThat(jarLaunch.jvmOptions()).containsExactly("-Xmx1g", "-Dx=y");
  }

  @Test
  void aClassPathOrMainClassLaunchHasNoJar() {
    for (List<String> argv :
        List.of(
            List.of("java", "-cp", "bot.jar", "dev.aiir.bot.cli.Main"),
            List.of("java", "dev.aiir.bot.cli.Main", "-jar", "bot.jar"),
            List.of("java", "-jar"))) {
      JvmLaunch launch = new JvmLaunch(argv);

      assertThat(launch.jar()).as("%s", argv).isEmpty();
      assertThat(launch.jvmOptions()).as("%s", argv).isEmpty();
    }
  }

  @Test
  void optionsPutFirstComeBeforeTheLaunchsOwnAndCanBeTakenOutAgain() {
    JvmLaunch relaunch = jarLaunch.withOptionsFirst(List.of("-Da=1", "-Db=2"));

    assertThat(relaunch.argv())
        .containsExactly("java", "-Da=1", "-Db=2", "-Xmx1g", "-Dx=y", "-jar", "bot.jar", "serve");
    assertThat(relaunch.without(option -> option.startsWith("-Da=") || option.startsWith("-Db=")))
        .isEqualTo(jarLaunch);
  }

  @Test
  void theProgramsOwnArgumentsAreNeverTakenOut() {
    JvmLaunch launch = new JvmLaunch(List.of("java", "-Da=1", "-jar", "bot.jar", "-Da=1"));

    assertThat(launch.without(option -> option.equals("-Da=1")).argv())
        .containsExactly("java", "-jar", "bot.jar", "-Da=1");
  }
}
