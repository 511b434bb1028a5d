package dev.aiir.db;

import java.util.function.Function;

/** Reads back the short codes that enums are stored as (their keys, not their Java names). */
final class Codes {
  private Codes() {}

  static <E extends Enum<E>> E parse(Class<E> type, String code, Function<E, String> codeOf) {
    for (E value : type.getEnumConstants()) {
      if (codeOf.apply(value).equals(code)) {
        return value;
      }
    }
    throw new IllegalStateException("unknown " + type.getSimpleName() + " in the store: " + code);
  }
}
