package dev.strata.benchmarks.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rounds that take turns over the sizes, so that what the JIT has compiled, the heap and the
 * machine's load fall on every size alike; the first rounds only warm up and are not kept.
 */
public final class SizesInTurn {

  private SizesInTurn() {}

  /** One measurement at one size; may throw anything. */
  public interface Measurement<T> {
    T at(int size) throws Exception;
  }

  /** The figures of each kept round, by size. */
  public static <T> Map<Integer, List<T>> measure(
      List<Integer> sizes, int warmUpRounds, int rounds, Measurement<T> measurement)
      throws Exception {
    Map<Integer, List<T>> measured = new TreeMap<>();
    for (int round = -warmUpRounds; round < rounds; round++) {
      for (int size : sizes) {
        T figures = measurement.at(size);
        if (round >= 0) {
          measured.computeIfAbsent(size, n -> new ArrayList<>()).add(figures);
        }
      }
    }
    return measured;
  }
}
