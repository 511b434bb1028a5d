package dev.aiir.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void onlyServeWithNothingElseStartsWithoutTheParser() {
    assertThat(Main.servesPlainly()).isTrue();
    assertThat(Main.servesPlainly("serve")).isTrue();
    assertThat(Main.servesPlainly("serve", "--help")).isFalse();
    assertThat(Main.servesPlainly("--help")).isFalse();
    assertThat(Main.servesPlainly("console")).isFalse();
    assertThat(Main.servesPlainly("Serve")).isFalse();
  }
}
