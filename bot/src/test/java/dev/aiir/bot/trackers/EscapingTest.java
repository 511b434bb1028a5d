package dev.aiir.bot.trackers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.commands.model.DocBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What people wrote reaches each target as text, never as its markup: Markdown (GitHub, GitLab),
 * Confluence's storage format, Jira's document format and Notion's rich text.
 */
class EscapingTest {
  private static final String HOSTILE = Samples.HOSTILE;

  @Test
  void markdownShowsMarkupMentionsReferencesAndQuickActionsAsWritten() {
    assertThat(MarkdownText.escape("**bold** _it_ `code` ~~gone~~ | table |"))
        .isEqualTo("\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~ \\| table \\|");
    assertThat(MarkdownText.escape("[x](javascript:alert(1)) ![img](http://x/y.png)"))
        .isEqualTo("\\[x\\](javascript:alert(1)) \\!\\[img\\](http://x/y.png)");
    assertThat(MarkdownText.escape("<img src=x onerror=alert(1)> &amp;"))
        .isEqualTo("&lt;img src=x onerror=alert(1)&gt; &amp;amp;");
    assertThat(MarkdownText.escape("ping @channel @here @acme/oncall and #12"))
        .isEqualTo("ping @\u200Bchannel @\u200Bhere @\u200Bacme/oncall and #\u200B12");
    assertThat(MarkdownText.escape("/close")).isEqualTo("\\/close");
    assertThat(MarkdownText.escape("# heading")).isEqualTo("\\# heading");
    assertThat(MarkdownText.escape("- item")).isEqualTo("\\- item");
    assertThat(MarkdownText.escape("1. first")).isEqualTo("1\\. first");
    assertThat(MarkdownText.escape("> quote")).isEqualTo("&gt; quote");
    assertThat(MarkdownText.escape("two\nlines")).isEqualTo("two lines");
    assertThat(MarkdownText.link("site", "javascript:alert(1)"))
        .isEqualTo("site javascript:alert(1)");
  }

  @Test
  void confluenceStorageEscapesXmlSoMacrosAndScriptsAreText() {
    String storage =
        ConfluenceStorage.render(
            List.of(
                DocBlock.paragraph(HOSTILE),
                DocBlock.link("x\" onclick=\"y", "https://a/?b=1&c=2")),
            "aiir:m");

    assertThat(storage)
        .startsWith("<p>/close &lt;script&gt;alert(1)&lt;/script&gt; **bold** _it_")
        .contains("&lt;ac:structured-macro ac:name=&quot;html&quot;/&gt; &amp; done</p>")
        .contains("<a href=\"https://a/?b=1&amp;c=2\">x&quot; onclick=&quot;y</a>");
    assertThat(storage).doesNotContain("<script").doesNotContain("<ac:");
    assertThat(ConfluenceStorage.escape("a\u0000b\u0007c")).isEqualTo("abc");
    assertThat(ConfluenceStorage.render(List.of(DocBlock.link("bad", "javascript:alert(1)")), "m"))
        .startsWith("<p>bad javascript:alert(1)</p>");
  }

  @Test
  void jiraGetsTextNodesNeverWikiMarkupOrMentions() {
    JsonNode doc =
        JiraDocument.render(
            List.of(
                DocBlock.paragraph("[~admin] {code}x{code} *bold* h1. big"),
                DocBlock.paragraph("")),
            "aiir:m");

    JsonNode text = doc.at("/content/0/content/0");
    assertThat(text.path("type").asText()).isEqualTo("text");
    assertThat(text.path("text").asText()).isEqualTo("[~admin] {code}x{code} *bold* h1. big");
    assertThat(text.has("marks")).isFalse();
    assertThat(doc.at("/content/1/content").size()).isZero(); // no empty text node
    assertThat(doc.toString()).doesNotContain("mention");
    assertThat(doc.at("/content/2/content/0/text").asText()).isEqualTo("aiir ref: aiir:m");
  }

  @Test
  void notionGetsRichTextSplitAtItsLimitAndOnlyHttpLinks() {
    String long_ = "x".repeat(4500);
    List<com.fasterxml.jackson.databind.node.ObjectNode> blocks =
        NotionBlocks.render(
            List.of(
                DocBlock.paragraph(long_),
                DocBlock.link("bad", "javascript:alert(1)"),
                DocBlock.paragraph(HOSTILE)),
            "aiir:m");

    assertThat(blocks.get(0).at("/paragraph/rich_text").size()).isEqualTo(3);
    assertThat(blocks.get(0).at("/paragraph/rich_text/2/text/content").asText()).hasSize(500);
    assertThat(blocks.get(1).at("/paragraph/rich_text/0/text").has("link")).isFalse();
    assertThat(blocks.get(2).at("/paragraph/rich_text/0/text/content").asText()).isEqualTo(HOSTILE);
    assertThat(blocks.get(2).at("/paragraph/rich_text/0").has("annotations")).isFalse();
  }
}
