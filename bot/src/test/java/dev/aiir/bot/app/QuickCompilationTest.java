package dev.aiir.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.bot.config.ConfigurationException;
import java.lang.management.ManagementFactory;
import java.util.Map;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class QuickCompilationTest {
  /** The rest of the module's tests run with the JVM's own compilation. */
  @AfterAll
  static void clearTheDirectives() throws Exception {
    ManagementFactory.getPlatformMBeanServer()
        .invoke(
            new ObjectName("com.sun.management:type=DiagnosticCommand"),
            "compilerDirectivesClear",
            new Object[0],
            new String[0]);
  }

  @Test
  void theJvmTakesBothDirectivesOfServe() throws Exception {
    String answer = QuickCompilation.addDirectives(QuickCompilation.DIRECTIVES);
    assertThat(answer.strip()).isEqualTo("2 compiler directives added");
    assertThat(QuickCompilation.taken(answer)).isTrue();
  }

  @Test
  void aBrokenDirectivesFileIsRefusedByTheJvmAndAddsNothing() throws Exception {
    String answer = QuickCompilation.addDirectives("broken-directives.json");
    assertThat(answer).contains("Parsing of compiler directives failed");
    assertThat(QuickCompilation.taken(answer)).isFalse();
  }

  @Test
  void quickUnlessTheOperatorLeavesCompilationToTheJvm() {
    assertThat(QuickCompilation.wanted(Map.of())).isTrue();
    assertThat(QuickCompilation.wanted(Map.of("AIIR_COMPILATION", " quick "))).isTrue();
    assertThat(QuickCompilation.wanted(Map.of("AIIR_COMPILATION", ""))).isTrue();
    assertThat(QuickCompilation.wanted(Map.of("AIIR_COMPILATION", "jvm"))).isFalse();
  }

  @Test
  void anUnknownCompilationIsTheOperatorsMistake() {
    assertThatThrownBy(() -> QuickCompilation.wanted(Map.of("AIIR_COMPILATION", "c2")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("AIIR_COMPILATION must be quick (the default) or jvm, not 'c2'");
  }
}
