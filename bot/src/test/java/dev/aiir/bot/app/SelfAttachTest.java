package dev.aiir.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelfAttachTest {
  private static final String LINUX = "Linux";
  private static final String HOTSPOT = "OpenJDK 64-Bit Server VM";
  private static final List<String> PLAIN = List.of("java", "-jar", "aiir-bot.jar", "serve");

  @Test
  void aDiagnosticCommandRunOnItselfAnswersWhatJcmdWould() {
    String version = SelfAttach.jcmd("VM.version", PLAIN, Map.of()).orElseThrow();

    assertThat(version).contains(System.getProperty("java.vm.version"));
  }

  @Test
  void serveDirectivesAreTakenThisWayAsThroughJmx() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("directives", ".json");
    try (var in = QuickCompilation.class.getResourceAsStream(QuickCompilation.DIRECTIVES)) {
      java.nio.file.Files.write(file, in.readAllBytes());
      String answer =
          SelfAttach.jcmd("Compiler.directives_add " + file, PLAIN, Map.of()).orElseThrow();

      assertThat(answer.strip()).isEqualTo("2 compiler directives added");
      assertThat(QuickCompilation.taken(answer)).isTrue();
    } finally {
      // The rest of the module's tests run with the JVM's own compilation.
      SelfAttach.jcmd("Compiler.directives_clear", PLAIN, Map.of()).orElseThrow();
      java.nio.file.Files.delete(file);
    }
  }

  @Test
  void askingAgainUsesTheSocketAlreadyOpen() {
    SelfAttach.jcmd("VM.version", PLAIN, Map.of()).orElseThrow();

    assertThat(SelfAttach.jcmd("VM.uptime", PLAIN, Map.of())).isPresent();
  }

  @Test
  void aSocketFileThatRefusesIsReplacedAndAskedAgain() throws Exception {
    SelfAttach.jcmd("VM.version", PLAIN, Map.of()).orElseThrow();
    java.nio.file.Path socket =
        java.nio.file.Path.of("/tmp", ".java_pid" + ProcessHandle.current().pid());
    java.nio.file.Files.delete(socket);
    java.nio.file.Files.writeString(socket, "left by an earlier process with this pid");

    String version = SelfAttach.jcmd("VM.version", PLAIN, Map.of()).orElseThrow();

    assertThat(version).contains(System.getProperty("java.vm.version"));
  }

  @Test
  void aPlainJavaDashJarOnLinuxHotSpotIsSafeToSignal() {
    assertThat(SelfAttach.safeHere(LINUX, HOTSPOT, PLAIN, Map.of())).isTrue();
    assertThat(SelfAttach.safeHere(LINUX, "Java HotSpot(TM) 64-Bit Server VM", PLAIN, Map.of()))
        .isTrue();
  }

  @Test
  void optionsThatLeaveSigquitToTheProcessOrRefuseAttachingAreNeverSignalled() {
    for (String option : List.of("-Xrs", "-XX:+ReduceSignalUsage", "-XX:+DisableAttachMechanism")) {
      List<String> line = List.of("java", option, "-jar", "aiir-bot.jar");
      assertThat(SelfAttach.safeHere(LINUX, HOTSPOT, line, Map.of())).as(option).isFalse();
      assertThat(SelfAttach.safeHere(LINUX, HOTSPOT, PLAIN, Map.of("JAVA_TOOL_OPTIONS", option)))
          .as(option)
          .isFalse();
      assertThat(SelfAttach.safeHere(LINUX, HOTSPOT, PLAIN, Map.of("JDK_JAVA_OPTIONS", option)))
          .isFalse();
      assertThat(SelfAttach.jcmd("VM.version", line, Map.of())).isEmpty();
    }
  }

  @Test
  void optionsItCannotReadAreTakenAsUnsafe() {
    for (String unread : List.of("@argfile", "-XX:Flags=.hotspotrc", "-XX:VMOptionsFile=opts")) {
      List<String> line = List.of("java", unread, "-jar", "aiir-bot.jar");
      assertThat(SelfAttach.safeHere(LINUX, HOTSPOT, line, Map.of())).as(unread).isFalse();
    }
  }

  @Test
  void filesNamedInTheOptionVariablesAreTakenAsUnsafeToo() {
    assertThat(SelfAttach.safeHere(LINUX, HOTSPOT, PLAIN, Map.of("JDK_JAVA_OPTIONS", "@opts")))
        .isFalse();
    assertThat(
            SelfAttach.safeHere(
                LINUX, HOTSPOT, PLAIN, Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g -XX:Flags=.hotspotrc")))
        .isFalse();
    assertThat(
            SelfAttach.safeHere(
                LINUX, HOTSPOT, PLAIN, Map.of("_JAVA_OPTIONS", " -XX:VMOptionsFile=opts ")))
        .isFalse();
    assertThat(SelfAttach.safeHere(LINUX, HOTSPOT, PLAIN, Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g")))
        .isTrue();
  }

  @Test
  void otherSystemsAndOtherJvmsAreNeverSignalled() {
    assertThat(SelfAttach.safeHere("Mac OS X", HOTSPOT, PLAIN, Map.of())).isFalse();
    assertThat(SelfAttach.safeHere(LINUX, "Eclipse OpenJ9 VM", PLAIN, Map.of())).isFalse();
  }
}
