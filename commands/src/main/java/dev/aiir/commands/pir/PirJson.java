package dev.aiir.commands.pir;

import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.RecoveryStep;
import dev.aiir.commands.model.TimeFormats;
import java.time.Instant;

/** The draft as JSON, for tools that file reviews: the same facts as the Markdown, plus it. */
final class PirJson {
  private PirJson() {}

  static String render(PirDraft d) {
    JsonWriter json = new JsonWriter();
    json.beginObject();
    json.field("incidentId", d.incidentId());
    json.field("title", d.title());
    json.field("severity", d.severity() == null ? null : d.severity().label());
    json.field("detectedAt", iso(d.detectedAt()));
    json.field("resolvedAt", iso(d.resolvedAt()));
    json.field("duration", d.duration().map(TimeFormats::words).orElse(null));
    json.field("durationMinutes", d.duration().map(x -> x.toMinutes()).orElse(null));
    json.field("impact", d.impact());
    json.field("rootCause", d.rootCause());
    stated(json, "statedRootCause", d.statedRootCause());
    stated(json, "statedImpact", d.statedImpact());
    json.field("model", d.model());
    PirAlerts.json(json, d.alerts());
    timeline(json, d);
    actions(json, d);
    recovery(json, d);
    participants(json, d);
    json.field("pirDueAt", iso(d.pirDueAt()));
    json.field("pirLink", d.pirLink());
    json.field("markdown", PirRenderer.markdown(d));
    json.endObject();
    return json.toString();
  }

  /** A fact as the channel stated it, with who, when and where; null when nobody did. */
  private static void stated(JsonWriter json, String name, StatedFact fact) {
    json.name(name);
    if (fact == null) {
      json.nullValue();
      return;
    }
    json.beginObject();
    json.field("text", fact.text());
    json.field("by", fact.author().displayName());
    json.field("at", iso(fact.at()));
    json.field("source", fact.source());
    json.endObject();
  }

  private static void timeline(JsonWriter json, PirDraft d) {
    json.name("timeline").beginArray();
    for (DraftLine line : d.timeline()) {
      json.beginObject();
      json.field("at", iso(line.at()));
      json.field("text", line.text());
      json.field("source", line.source());
      json.field("kind", line.kind());
      json.field("by", line.by());
      json.field("ref", line.ref());
      json.endObject();
    }
    json.endArray();
  }

  private static void actions(JsonWriter json, PirDraft d) {
    json.name("actionItems").beginArray();
    for (ActionItem item : d.actions()) {
      json.beginObject();
      json.field("number", (long) item.number());
      json.field("priority", item.priority().name());
      json.field("text", item.text());
      json.field("owner", item.owner() == null ? null : item.owner().displayName());
      json.field("done", item.isDone());
      json.name("issues").beginArray();
      for (var issue : d.tracked()) {
        if (issue.item() == item.number()) {
          json.beginObject();
          json.field("tracker", issue.target().key());
          json.field("key", issue.key());
          json.field("url", issue.url());
          json.field("closed", issue.closed());
          json.endObject();
        }
      }
      json.endArray();
      json.endObject();
    }
    json.endArray();
  }

  private static void recovery(JsonWriter json, PirDraft d) {
    json.name("recovery").beginArray();
    for (RecoveryStep step : RecoveryStep.values()) {
      json.beginObject();
      json.field("step", step.key());
      var progress = d.recovery().progress(step);
      json.field("done", progress.isPresent());
      json.field("by", progress.map(p -> p.doneBy().displayName()).orElse(null));
      json.field("at", progress.map(p -> iso(p.doneAt())).orElse(null));
      json.field("note", progress.map(p -> p.note()).orElse(null));
      json.endObject();
    }
    json.endArray();
  }

  private static void participants(JsonWriter json, PirDraft d) {
    json.name("participants").beginArray();
    for (Participant p : d.participants()) {
      json.beginObject();
      json.field("name", p.user().displayName());
      json.name("roles").beginArray();
      p.roles().forEach(r -> json.value(r.label()));
      json.endArray();
      json.endObject();
    }
    json.endArray();
  }

  private static String iso(Instant at) {
    return at == null ? null : at.toString();
  }
}
