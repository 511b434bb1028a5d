package dev.aiir.bot.page;

import static dev.aiir.bot.page.Html.esc;

/** The document around a page's body: its title, the one inline style sheet, and nothing else. */
final class PageDocument {
  private PageDocument() {}

  /** A saved file: its policy in a meta element, since no server sends one with it. */
  static String file(String title, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\""
        + esc(PageStyle.FILE_POLICY)
        + "\">"
        + head(title)
        + body
        + "</body></html>\n";
  }

  /** A page the server sends, with its policy in the headers and the way back to the list. */
  static String served(String title, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + head(title)
        + "<nav><a href=\"/incidents\">All incidents</a></nav>"
        + body
        + "</body></html>\n";
  }

  private static String head(String title) {
    return "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"referrer\" content=\"no-referrer\">"
        + "<title>"
        + esc(title)
        + "</title><style>"
        + PageStyle.CSS
        + "</style></head><body>";
  }
}
