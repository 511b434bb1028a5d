package dev.aiir.commands.incident;

import dev.aiir.commands.model.IncidentId;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The name of an incident's dedicated channel, {@code inc-2026-042-<slug of the title>}: lower case
 * letters, digits and dashes, at most 80 characters (Slack's limit; Discord allows 100).
 */
public final class IncidentChannelName {
  static final int MAX_LENGTH = 80;

  private IncidentChannelName() {}

  public static String of(IncidentId id, String title) {
    String base = "inc-" + number(id);
    String slug = slug(title);
    if (slug.isEmpty()) {
      return base;
    }
    String name = base + "-" + slug;
    return name.length() <= MAX_LENGTH ? name : trimDashes(name.substring(0, MAX_LENGTH));
  }

  /** {@code AI-IR-2026-042} becomes {@code 2026-042}: the year and number, without the prefix. */
  private static String number(IncidentId id) {
    String[] parts = id.value().split("-");
    int n = parts.length;
    return n >= 2 ? parts[n - 2] + "-" + parts[n - 1] : id.value().toLowerCase(Locale.ROOT);
  }

  private static String slug(String title) {
    // Accents are dropped rather than the letters they sit on: "Dégradé" gives "degrade".
    String plain =
        Normalizer.normalize(title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return trimDashes(plain.replaceAll("[^a-z0-9]+", "-"));
  }

  private static String trimDashes(String s) {
    return s.replaceAll("^-+|-+$", "");
  }
}
