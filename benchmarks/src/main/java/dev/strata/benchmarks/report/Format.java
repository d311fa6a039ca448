package dev.strata.benchmarks.report;

import java.util.Locale;

/** Number formats of the results file: few digits, so that tables stay readable. */
public final class Format {

  private Format() {}

  /** Milliseconds with a unit: one decimal below 100 ms, none above. */
  public static String millis(double millis) {
    return number(millis) + " ms";
  }

  public static String number(double value) {
    if (Math.abs(value) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (Math.abs(value) >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** {@code 12.3×}: how many times {@code numerator} is {@code denominator}. */
  public static String ratio(double numerator, double denominator) {
    return String.format(Locale.ROOT, "%.2f×", numerator / denominator);
  }

  public static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
  }
}
