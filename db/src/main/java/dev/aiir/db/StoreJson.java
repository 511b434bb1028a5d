package dev.aiir.db;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one JSON mapper of the store's JSON columns (alerts' labels, gates' criteria, queued
 * messages), built when first used rather than when the first transaction loads the row classes:
 * building it loads some 370 classes, a fifth of a second of a cold process's first command, which
 * most commands never need.
 */
final class StoreJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private StoreJson() {}
}
