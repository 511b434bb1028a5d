package dev.aiir.commands.pir;

import java.util.Locale;

/** The file formats a review exports to. */
public enum ExportFormat {
  MD("text/markdown"),
  JSON("application/json");

  private final String mediaType;

  ExportFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String render(PirDraft draft) {
    return this == MD ? PirRenderer.markdown(draft) : PirJson.render(draft);
  }
}
