package dev.strata.benchmarks.measure;

import java.util.Arrays;
import java.util.List;

/**
 * The positional arguments of an on-demand harness, each with the value the harness documents when
 * it is left out: {@code H2ApplyWork 100,1000 200 5}.
 */
public final class HarnessArguments {

  private final String[] args;

  private HarnessArguments(String[] args) {
    this.args = args.clone();
  }

  /**
   * The arguments of a harness that is about to measure: it logs at WARNING from here on, as the
   * suite's measured JVMs do, so that an INFO line per migration or start is decided and not
   * written, which would be measured too.
   */
  public static HarnessArguments ofMeasuringRun(String[] args) {
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    return new HarnessArguments(args);
  }

  /** The comma-separated whole numbers at {@code index}, or {@code fallback}'s. */
  public List<Integer> numbers(int index, String fallback) {
    return Arrays.stream(text(index, fallback).split(",")).map(Integer::valueOf).toList();
  }

  /** The whole number at {@code index}, or {@code fallback}. */
  public int number(int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index]) : fallback;
  }

  /** The word at {@code index}, or {@code fallback}. */
  public String text(int index, String fallback) {
    return args.length > index ? args[index] : fallback;
  }
}
