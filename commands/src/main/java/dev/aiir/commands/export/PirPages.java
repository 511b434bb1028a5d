package dev.aiir.commands.export;

import dev.aiir.commands.model.DocBlock;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.TimeFormats;
import dev.aiir.commands.model.WikiPage;
import dev.aiir.commands.pir.PirRenderer;
import dev.aiir.commands.pir.PreparedDraft;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review as a wiki page: the same draft as {@code pir draft} and {@code pir export md}, read
 * back line by line into blocks (headings, bullets, numbered items, paragraphs). Every line's text
 * is literal, so each wiki escapes it: what people wrote can never become markup there.
 */
final class PirPages {
  static final int TITLE_LIMIT = 200;
  private static final Pattern NUMBERED = Pattern.compile("(\\d+)\\. (.*)");
  private static final Pattern BULLET = Pattern.compile("( *)- (.*)");

  private PirPages() {}

  static WikiPage of(PreparedDraft prepared, Optional<String> channelLink, Instant now) {
    Incident incident = prepared.incident();
    List<DocBlock> blocks = blocks(PirRenderer.markdown(prepared.draft()));
    prepared.historyNote().ifPresent(note -> blocks.add(DocBlock.paragraph(note)));
    channelLink.ifPresent(url -> blocks.add(DocBlock.link("The incident's channel", url)));
    blocks.add(
        DocBlock.paragraph(
            "Published by aiir from "
                + incident.id()
                + "'s record at "
                + TimeFormats.dateTime(now)
                + "; `/incident pir publish` updates this page."));
    return new WikiPage(incident.id(), title(incident), blocks, marker(incident));
  }

  /** {@code AI-IR-2026-042 Post-Incident Review: Assistant gives degraded answers}. */
  static String title(Incident incident) {
    String title =
        incident.id()
            + " Post-Incident Review: "
            + incident.title().replaceAll("\\s+", " ").strip();
    return title.length() <= TITLE_LIMIT ? title : title.substring(0, TITLE_LIMIT - 3) + "...";
  }

  static String marker(Incident incident) {
    return "aiir:" + incident.tenant() + "/" + incident.id() + "/pir";
  }

  /** The renderer's Markdown, a block per line; its title line is the page's title. */
  static List<DocBlock> blocks(String markdown) {
    List<DocBlock> blocks = new ArrayList<>();
    boolean first = true;
    for (String line : markdown.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (first && line.startsWith("# ")) {
        first = false;
        continue; // the page's title says it
      }
      first = false;
      blocks.add(block(line));
    }
    return blocks;
  }

  private static DocBlock block(String line) {
    if (line.startsWith("## ")) {
      return DocBlock.heading(2, line.substring(3));
    }
    if (line.startsWith("# ")) {
      return DocBlock.heading(1, line.substring(2));
    }
    Matcher bullet = BULLET.matcher(line);
    if (bullet.matches()) {
      int depth = Math.min(bullet.group(1).length() / 2, 1);
      return new DocBlock(DocBlock.Kind.BULLET, depth, bullet.group(2), null);
    }
    Matcher numbered = NUMBERED.matcher(line);
    if (numbered.matches()) {
      return DocBlock.numbered(numbered.group(2));
    }
    return DocBlock.paragraph(line.strip());
  }
}
