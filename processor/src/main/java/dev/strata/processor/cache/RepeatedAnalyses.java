package dev.strata.processor.cache;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which views of a snapshot this processor analyses exactly as recorded. A snapshot records what
 * the Strata of its day learnt from each query; a view whose SQL text is unchanged may take that
 * analysis instead of a new parse only once a build of this processor has parsed the same text and
 * found the same hash, reads, columns and column reads.
 */
public final class RepeatedAnalyses {

  private RepeatedAnalyses() {}

  /**
   * The views of {@code recorded} that {@code analysed}, parsed now, has with the same analysis.
   */
  public static Set<String> of(Schema recorded, Schema analysed) {
    Set<String> same = new TreeSet<>();
    for (ViewDefinition view : recorded.views()) {
      Optional<ViewDefinition> now = analysed.view(view.name());
      if (now.isPresent() && sameAnalysis(view, now.get())) {
        same.add(view.name());
      }
    }
    return same;
  }

  /** By name, the views of {@code recorded} among {@code names}: those that need no parse. */
  public static Map<String, ViewDefinition> among(Schema recorded, Set<String> names) {
    Map<String, ViewDefinition> views = new TreeMap<>();
    for (String name : names) {
      recorded.view(name).ifPresent(view -> views.put(name, view));
    }
    return views;
  }

  private static boolean sameAnalysis(ViewDefinition recorded, ViewDefinition now) {
    return recorded.sql().equals(now.sql())
        && recorded.hash().equals(now.hash())
        && recorded.reads().equals(now.reads())
        && recorded.columns().equals(now.columns())
        && recorded.columnReads().equals(now.columnReads());
  }
}
