package dev.aiir.bot.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CacheLinesTest {
  @Test
  void aHeapUnder32GibHasFourByteReferencesSoSixteenToALine() {
    assertThat(CacheLines.referencesPerLine(6L << 30)).isEqualTo(16);
  }

  @Test
  void aHeapOf32GibOrMoreHasEightByteReferencesSoEightToALine() {
    assertThat(CacheLines.referencesPerLine(32L << 30)).isEqualTo(8);
  }

  @Test
  void anOperatorsOwnSettingIsKept() {
    String before = System.getProperty(CacheLines.PROPERTY);
    System.setProperty(CacheLines.PROPERTY, "3");
    try {
      CacheLines.tellJetty();

      assertThat(System.getProperty(CacheLines.PROPERTY)).isEqualTo("3");
    } finally {
      if (before == null) {
        System.clearProperty(CacheLines.PROPERTY);
      } else {
        System.setProperty(CacheLines.PROPERTY, before);
      }
    }
  }
}
