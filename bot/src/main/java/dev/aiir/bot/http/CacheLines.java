package dev.aiir.bot.http;

/**
 * Tells Jetty how many object references fill a cache line before its classes ask the JVM: unless
 * the property is set, Jetty's {@code MemoryUtils} starts the platform MBean server (some 150
 * classes, 0.2 s of CPU on this machine) to read a single VM option, {@code UseCompressedOops},
 * while a restarted bot is still getting to its first answer. The JVM compresses references
 * whenever the heap may stay under 32 GiB, which is all Jetty needs to know; it only pads its
 * queues with the figure. An operator's own {@code -D} setting of the property is left as it is.
 */
final class CacheLines {
  static final String PROPERTY = "org.eclipse.jetty.util.referencesPerCacheLine";
  private static final int CACHE_LINE_BYTES = 64;
  private static final long COMPRESSED_REFERENCES_HEAP_LIMIT = 32L << 30;

  private CacheLines() {}

  /** Sets the property from this JVM's largest heap, unless something set it already. */
  static void tellJetty() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(
          PROPERTY, Integer.toString(referencesPerLine(Runtime.getRuntime().maxMemory())));
    }
  }

  /** Four-byte references under 32 GiB of heap, eight-byte ones beyond. */
  static int referencesPerLine(long maxHeapBytes) {
    int referenceBytes = maxHeapBytes < COMPRESSED_REFERENCES_HEAP_LIMIT ? 4 : 8;
    return CACHE_LINE_BYTES / referenceBytes;
  }
}
