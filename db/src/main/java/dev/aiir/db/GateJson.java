package dev.aiir.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiir.commands.model.Comparison;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.CriterionCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rollout gates' JSON columns: an incident's criteria for a phase, and a phase run's latest
 * checks. Values that JSON cannot hold (NaN) are written as null.
 */
final class GateJson {

  private GateJson() {}

  static String criteria(List<Criterion> criteria) {
    ArrayNode array = StoreJson.MAPPER.createArrayNode();
    for (Criterion c : criteria) {
      array
          .addObject()
          .put("query", c.query())
          .put("op", c.comparison().symbol())
          .put("threshold", c.threshold())
          .put("for_ms", c.holdFor().toMillis())
          .put("every_ms", c.every().toMillis())
          .put("failures", c.failures());
    }
    return array.toString();
  }

  static List<Criterion> criteria(String json) {
    List<Criterion> criteria = new ArrayList<>();
    for (JsonNode c : read(json)) {
      criteria.add(
          new Criterion(
              c.path("query").asText(),
              Comparison.of(c.path("op").asText())
                  .orElseThrow(() -> unreadable("comparison " + c.path("op"))),
              c.path("threshold").asDouble(),
              Duration.ofMillis(c.path("for_ms").asLong()),
              Duration.ofMillis(c.path("every_ms").asLong()),
              c.path("failures").asInt()));
    }
    return criteria;
  }

  static String checks(List<CriterionCheck> checks) {
    ArrayNode array = StoreJson.MAPPER.createArrayNode();
    for (CriterionCheck c : checks) {
      ObjectNode node =
          array
              .addObject()
              .put("criterion", c.criterion())
              .put("reading", c.reading().key())
              .put("detail", c.detail())
              .put("checked_at", c.checkedAt().toEpochMilli())
              .put("failures", c.failures())
              .put("verdict", c.verdict().key());
      if (Double.isFinite(c.value())) {
        node.put("value", c.value());
      } else {
        node.putNull("value");
      }
      if (c.holdingSince() != null) {
        node.put("holding_since", c.holdingSince().toEpochMilli());
      }
    }
    return array.toString();
  }

  static List<CriterionCheck> checks(String json) {
    List<CriterionCheck> checks = new ArrayList<>();
    for (JsonNode c : read(json)) {
      JsonNode since = c.path("holding_since");
      checks.add(
          new CriterionCheck(
              c.path("criterion").asText(),
              Codes.parse(
                  CriterionCheck.Reading.class,
                  c.path("reading").asText(),
                  CriterionCheck.Reading::key),
              c.path("value").isNumber() ? c.path("value").asDouble() : Double.NaN,
              c.path("detail").asText(),
              Instant.ofEpochMilli(c.path("checked_at").asLong()),
              since.isNumber() ? Instant.ofEpochMilli(since.asLong()) : null,
              c.path("failures").asInt(),
              Codes.parse(
                  CriterionCheck.Verdict.class,
                  c.path("verdict").asText(),
                  CriterionCheck.Verdict::key)));
    }
    return checks;
  }

  private static JsonNode read(String json) {
    try {
      return StoreJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw unreadable("JSON");
    }
  }

  private static IllegalStateException unreadable(String what) {
    return new IllegalStateException("a rollout gate in the store has an unreadable " + what);
  }
}
