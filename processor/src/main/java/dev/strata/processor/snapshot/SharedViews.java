package dev.strata.processor.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.processor.model.ViewDefinition;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The views decoded while one chain is read, by their JSON: every snapshot repeats each view that
 * did not change in its version, so a history of 1,000 versions of 1,000 views holds about half a
 * million copies of 1,000 or so distinct views. Decoding each copy again was a quarter of a build
 * from an empty {@code target/}; an equal JSON object decodes to an equal view, so the first one
 * decoded stands for the others, and planning finds unchanged views the same instance.
 */
final class SharedViews {

  private final Map<JsonNode, ViewDefinition> byJson = new ConcurrentHashMap<>();

  /**
   * The view decoded from JSON equal to {@code json}, or the one {@code decode} gives, which is
   * kept only when it decoded: a failure is reported for each file that has it.
   */
  ViewDefinition view(JsonNode json, Supplier<ViewDefinition> decode) {
    ViewDefinition known = byJson.get(json);
    if (known != null) {
      return known;
    }
    ViewDefinition decoded = decode.get();
    ViewDefinition first = byJson.putIfAbsent(json, decoded);
    return first != null ? first : decoded;
  }
}
