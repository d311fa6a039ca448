package dev.strata.benchmarks.report;

import java.util.Optional;

/** Reads one cell's numbers out of the results, or a dash where nothing was measured. */
final class Cells {

  static final String NONE = "–";

  private final Results results;

  Cells(Results results) {
    this.results = results;
  }

  Optional<Samples> time(String benchmark, String database, int size, String variant) {
    return results.find(benchmark, database, size, variant).map(Measurement::time);
  }

  String cell(String benchmark, String database, int size, String variant) {
    return time(benchmark, database, size, variant).map(Samples::cell).orElse(NONE);
  }

  String wall(String benchmark, String database, int size, String variant) {
    return results
        .find(benchmark, database, size, variant)
        .flatMap(Measurement::wall)
        .map(samples -> Format.millis(samples.medianMillis()))
        .orElse(NONE);
  }

  Optional<Double> median(String benchmark, String database, int size, String variant) {
    return time(benchmark, database, size, variant).map(Samples::medianMillis);
  }

  /** {@code numerator ÷ denominator} of two medians, as {@code 3.20×}. */
  String ratio(String benchmark, String database, int size, String numerator, String denominator) {
    Optional<Double> top = median(benchmark, database, size, numerator);
    Optional<Double> bottom = median(benchmark, database, size, denominator);
    return top.isPresent() && bottom.isPresent() ? Format.ratio(top.get(), bottom.get()) : NONE;
  }

  /** {@code minuend − subtrahend} of two medians, in milliseconds. */
  String difference(
      String benchmark, String database, int size, String minuend, String subtrahend) {
    Optional<Double> a = median(benchmark, database, size, minuend);
    Optional<Double> b = median(benchmark, database, size, subtrahend);
    return a.isPresent() && b.isPresent() ? Format.millis(a.get() - b.get()) : NONE;
  }

  /**
   * {@code variant}'s time above the floor's in the same cell, if both were measured; {@link
   * AboveFloor#atFloor()} tells whether it is noise.
   */
  Optional<AboveFloor> aboveFloor(String benchmark, String database, int size, String variant) {
    Optional<Samples> tool = time(benchmark, database, size, variant);
    Optional<Samples> floor = time(benchmark, database, size, StartupSection.FLOOR);
    return tool.isPresent() && floor.isPresent()
        ? Optional.of(new AboveFloor(tool.get(), floor.get()))
        : Optional.empty();
  }

  /** A named finding of the run, such as a profile's {@code owners.} counts. */
  Optional<String> fact(String name) {
    return results.fact(name);
  }

  boolean has(String benchmark, String database) {
    return results.all().stream()
        .anyMatch(m -> m.benchmark().equals(benchmark) && m.database().equals(database));
  }
}
