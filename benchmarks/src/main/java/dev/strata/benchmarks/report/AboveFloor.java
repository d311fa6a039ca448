package dev.strata.benchmarks.report;

import java.util.Locale;

/**
 * A tool's time above the floor, from both cells' samples. When the tool's median is no slower than
 * the floor's slowest sample, the difference of medians is within the floor's own spread above its
 * median, so the samples cannot tell the tool from the floor: the tool is <em>at the floor</em>,
 * and its time above the floor is no number to divide by.
 */
record AboveFloor(Samples tool, Samples floor) {

  static final String AT_THE_FLOOR = "at the floor";

  /** The rule, as the results file states it. */
  static final String RULE =
      "A tool is **at the floor** when its median is no slower than the floor's slowest sample:"
          + " the difference of the medians is then within the floor's own spread above its"
          + " median, so these samples cannot tell the tool's time from the floor's, and a factor"
          + " of times above the floor would divide by noise.";

  /** The difference of the medians, in milliseconds; negative when the tool was faster. */
  double millis() {
    return tool.medianMillis() - floor.medianMillis();
  }

  boolean atFloor() {
    return tool.medianMillis() <= floor.maxMillis();
  }

  /** {@code 16.6 ms}, or {@code at the floor (−52.9 ms)}. */
  String text() {
    String difference = Format.millis(millis());
    return atFloor() ? AT_THE_FLOOR + " (" + difference + ")" : difference;
  }

  /**
   * How many times {@code other}'s time above the floor is {@code strata}'s, as {@code 36.1×};
   * {@code Strata at the floor} when Strata's is noise, which no factor measures.
   */
  static String factor(String otherName, AboveFloor other, AboveFloor strata) {
    if (other.atFloor()) {
      return (strata.atFloor() ? "both" : otherName) + " " + AT_THE_FLOOR;
    }
    if (strata.atFloor()) {
      return "Strata " + AT_THE_FLOOR;
    }
    return String.format(Locale.ROOT, "%.1f×", other.millis() / strata.millis());
  }
}
