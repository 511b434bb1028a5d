package dev.aiir.bot.page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The pages' one style sheet, inline, and the Content-Security-Policy that allows it by its hash
 * and nothing else: no script, no remote resource, no other style. Printing drops the forms and
 * navigation and keeps the tables and charts.
 */
final class PageStyle {
  static final String CSS =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;\
      color:#111;max-width:80rem}
      h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.15rem;margin-top:1.6rem}
      table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;\
      padding:.25rem .5rem;text-align:left;vertical-align:top}td.n,th.n{text-align:right}
      th{background:#f3f4f6}.muted{color:#555}.note{color:#555;font-size:.9rem}
      pre{white-space:pre-wrap;background:#f9fafb;border:1px solid #ddd;padding:.75rem}
      nav a{margin-right:1rem}form{margin:.75rem 0;padding:.5rem;background:#f9fafb}
      label{margin-right:.75rem}input[type=text]{width:8rem}.problem{color:#b91c1c}
      svg{max-width:100%;height:auto;display:block;margin:.5rem 0}
      @media print{nav,form{display:none}body{margin:0;font-size:10pt}a{color:#000;\
      text-decoration:none}tr,svg{page-break-inside:avoid}h2{page-break-after:avoid}}
      """;

  /** The policy for the served pages: only this style sheet, forms to this site, no frames. */
  static final String POLICY =
      "default-src 'none'; style-src '"
          + hash(CSS)
          + "'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /** The policy a saved report carries in a meta element (which cannot restrict framing). */
  static final String FILE_POLICY =
      "default-src 'none'; style-src '" + hash(CSS) + "'; img-src data:; base-uri 'none'";

  private PageStyle() {}

  private static String hash(String css) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
