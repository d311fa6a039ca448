package dev.strata.processor.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lines of a schema's description counted where several constraints or indexes can read the same.
 * Their names are generated, so two indexes over the same columns, two identical foreign keys or
 * two identical checks differ only in number, which a set of lines would lose: a redundant second
 * one must read differently from one.
 */
final class CountedLines {

  // sorted: the description's lines must not depend on the order the database lists them in
  private final Map<String, Integer> counts = new TreeMap<>();

  void add(String line) {
    counts.merge(line, 1, Integer::sum);
  }

  /** Takes one {@code line} out of the count, if there is one. */
  void removeOne(String line) {
    counts.computeIfPresent(line, (key, count) -> count == 1 ? null : count - 1);
  }

  /**
   * Each line once, with {@code x2} after a line that two constraints or indexes read as: {@code
   * unique locker[code] x2}.
   */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    counts.forEach((line, count) -> lines.add(line + (count == 1 ? "" : " x" + count)));
    return lines;
  }
}
