package dev.aiir.commands.port;

import dev.aiir.commands.model.WikiPage;
import java.util.Optional;

/**
 * One wiki (Confluence, Notion, a GitHub repository, a GitLab wiki) as the PIR's publication needs
 * it. Each call either does what it says or throws {@link ExportFailure}.
 */
public interface WikiClient {

  /** The page published for this incident earlier, found by its title or path; empty if none. */
  Optional<PageRef> find(WikiPage page);

  PageRef create(WikiPage page);

  /** Replaces the content of the page {@code known} with {@code page}'s, in place. */
  PageRef update(PageRef known, WikiPage page);

  /**
   * A page in the wiki: its id, its version there (what an update must name), and its link.
   *
   * @param version null where the wiki keeps none
   */
  record PageRef(String id, String version, String url) {}
}
