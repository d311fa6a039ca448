package dev.strata.processor.snapshot;

import dev.strata.processor.model.ViewDefinition;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The views decoded while one chain is read, by their JSON text: every snapshot repeats each view
 * that did not change in its version, so a history of 1,000 versions of 1,000 views holds about
 * half a million copies of 1,000 or so distinct views. Decoding each copy again was a quarter of a
 * build from an empty {@code target/}; an equal text decodes to an equal view, so the first one
 * decoded stands for the others (the text is not even read into a tree again), and planning finds
 * unchanged views the same instance.
 */
final class SharedViews {

  private final Map<String, ViewDefinition> byText = new ConcurrentHashMap<>();

  /**
   * The view decoded from text equal to {@code text}, or the one {@code decode} gives, which is
   * kept only when it decoded: a failure is reported for each file that has it.
   *
   * @param text a view's JSON object exactly as its file has it (Strata writes every file alike)
   */
  ViewDefinition view(String text, Supplier<ViewDefinition> decode) {
    ViewDefinition known = byText.get(text);
    if (known != null) {
      return known;
    }
    ViewDefinition decoded = decode.get();
    ViewDefinition first = byText.putIfAbsent(text, decoded);
    return first != null ? first : decoded;
  }
}
