package dev.aiir.commands.export;

import dev.aiir.commands.model.WikiPage;
import dev.aiir.commands.port.ExportFailure;
import dev.aiir.commands.port.WikiClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A wiki in memory: pages by id with a version each, found by title. */
final class FakeWiki implements WikiClient {
  final Map<String, WikiPage> pages = new LinkedHashMap<>();
  final Map<String, Integer> versions = new LinkedHashMap<>();
  final List<String> calls = new ArrayList<>();
  private final List<ExportFailure> failBefore = new ArrayList<>();

  FakeWiki failNext(ExportFailure failure) {
    failBefore.add(failure);
    return this;
  }

  @Override
  public Optional<PageRef> find(WikiPage page) {
    call("find " + page.title());
    return pages.entrySet().stream()
        .filter(e -> e.getValue().title().equals(page.title()))
        .findFirst()
        .map(e -> ref(e.getKey()));
  }

  @Override
  public PageRef create(WikiPage page) {
    call("create " + page.title());
    String id = Integer.toString(100 + pages.size());
    pages.put(id, page);
    versions.put(id, 1);
    return ref(id);
  }

  @Override
  public PageRef update(PageRef known, WikiPage page) {
    call("update " + known.id() + " v" + known.version());
    if (!pages.containsKey(known.id())) {
      throw new ExportFailure(ExportFailure.Kind.NOT_FOUND, "no page " + known.id() + ".");
    }
    pages.put(known.id(), page);
    versions.merge(known.id(), 1, Integer::sum);
    return ref(known.id());
  }

  private void call(String what) {
    calls.add(what);
    if (!failBefore.isEmpty()) {
      throw failBefore.remove(0);
    }
  }

  private PageRef ref(String id) {
    return new PageRef(id, versions.get(id).toString(), "https://wiki.example/pages/" + id);
  }
}
