package dev.strata.processor.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One table's indexes of one kind counted by their columns. Their names are generated, so two
 * indexes over the same columns differ only in number, which one line per column set would lose: a
 * redundant second unique index must read differently from one.
 */
final class IndexCounts {

  // sorted: the description's lines must not depend on the order the database lists indexes in
  private final Map<String, Integer> counts = new TreeMap<>();

  void add(List<String> columns) {
    counts.merge(columns.toString(), 1, Integer::sum);
  }

  /** Takes one index over {@code columns} out of the count, if there is one. */
  void removeOne(List<String> columns) {
    counts.computeIfPresent(columns.toString(), (key, count) -> count == 1 ? null : count - 1);
  }

  /**
   * One line per column set, {@code prefix} then the columns, and {@code x2} after a set that two
   * indexes cover: {@code unique locker[code] x2}.
   */
  List<String> lines(String prefix) {
    List<String> lines = new ArrayList<>();
    counts.forEach(
        (columns, count) -> lines.add(prefix + columns + (count == 1 ? "" : " x" + count)));
    return lines;
  }
}
