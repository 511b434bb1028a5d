package dev.aiir.bot.config;

/** Database URLs as they may be logged: without a password. */
final class StoreUrls {
  private StoreUrls() {}

  static String redacted(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***")
        .replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
  }
}
