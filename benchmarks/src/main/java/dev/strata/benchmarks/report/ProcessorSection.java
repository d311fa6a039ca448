package dev.strata.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The processor's cost: javac with and without Strata, its growth with N, and its profile. */
final class ProcessorSection {

  private final Cells cells;
  private final Results results;
  private final List<Integer> sizes;

  ProcessorSection(Cells cells, Results results, List<Integer> sizes) {
    this.cells = cells;
    this.results = results;
    this.sizes = sizes;
  }

  String render() {
    StringBuilder text = new StringBuilder("## 5. The processor\n\n");
    text.append(
        """
        N `@View` classes (one view each over the base table) compiled by javac through \
        `javax.tools` with files on disk, once with `-proc:none` and once with Strata's processor \
        on the processor path, each compilation in a fresh JVM, the two modes taking turns. The \
        time is the `CompilationTask.call()`, so it includes javac's own start-up in that JVM and, \
        with Strata, loading the processor, analysing every query, writing the snapshot and \
        compiling the generated migration and index classes. **First build**: an empty snapshot \
        folder, so Strata records version 1 with all N views and generates one migration. **No \
        change, 100 snapshots**: the 100 view classes of the startup scenario compiled against \
        its 100-version history; Strata writes nothing but regenerates all 100 migration classes \
        from the chain. These builds start from an empty `target/`, as a CI build from a fresh \
        clone does. **Cached** and **long history**: the same kind of build after one that left its \
        cache in `target/strata-cache/`, as a developer's next build finds it (the snapshots are \
        copied with their modification times, as a checkout leaves them); **long history** has \
        1,000 views against a 1,000-version history, **clean target/** the same from an empty \
        `target/`. **Warm JVM**: one discarded compilation, then two measured, in one \
        JVM, as in a build daemon (each compilation loads the processor in a new class loader, as \
        build tools do). **Inside the processor** is the time spent in the processor's `init` and \
        `process` calls (the harness hands javac the processor wrapped in a timer); the rest of \
        what Strata adds is javac compiling the generated classes and running its extra round. **Inside \
        javac's Filer** is the part of it spent in the `Filer` calls that create the generated files \
        (the harness wraps the `Filer` too): javac's checks of each new name and file, and the writing.

        """);
    Table table =
        new Table(
            "build",
            "N",
            Labels.PLAIN_JAVAC,
            Labels.JAVAC_WITH_STRATA,
            "added by Strata",
            "added ÷ javac",
            "added per view",
            "of which inside the processor",
            "of which inside javac's Filer");
    for (Measurement plain : plainRuns()) {
      String build = plain.database();
      int size = plain.size();
      Optional<Double> with = cells.median(Labels.COMPILE, build, size, Labels.JAVAC_WITH_STRATA);
      double base = plain.time().medianMillis();
      table.row(
          build,
          Integer.toString(size),
          plain.time().cell(),
          cells.cell(Labels.COMPILE, build, size, Labels.JAVAC_WITH_STRATA),
          with.map(w -> Format.millis(w - base)).orElse(Cells.NONE),
          with.map(w -> Format.percent((w - base) / base)).orElse(Cells.NONE),
          with.map(w -> Format.millis((w - base) / size)).orElse(Cells.NONE),
          cells
              .median(Labels.COMPILE, build, size, Labels.INSIDE_PROCESSOR)
              .map(Format::millis)
              .orElse(Cells.NONE),
          cells
              .median(Labels.COMPILE, build, size, Labels.INSIDE_FILER)
              .map(Format::millis)
              .orElse(Cells.NONE));
    }
    text.append(table).append('\n').append(growth()).append(history()).append('\n');
    for (String profile : List.of("first-1000", "history-100", "history-1000-cached")) {
      results
          .fact("profile." + profile)
          .ifPresent(
              summary ->
                  text.append("**Profile, ")
                      .append(profile.replace('-', ' '))
                      .append(
                          "** (one compilation with the processor, the compiling thread's stack"
                              + " sampled every millisecond; JSqlParser parses on a thread of its"
                              + " own, so the compiling thread waits in `Unsafe.park`"
                              + " meanwhile):\n\n")
                      .append(summary)
                      .append('\n'));
    }
    return text.toString();
  }

  /** The marginal cost per view between successive sizes: flat if the processor is linear. */
  String growth() {
    List<String> steps = new ArrayList<>();
    for (int i = 1; i < sizes.size(); i++) {
      Optional<Double> from = added(sizes.get(i - 1));
      Optional<Double> to = added(sizes.get(i));
      if (from.isPresent() && to.isPresent()) {
        double perView = (to.get() - from.get()) / (sizes.get(i) - sizes.get(i - 1));
        steps.add(
            "from "
                + sizes.get(i - 1)
                + " to "
                + sizes.get(i)
                + " views: "
                + Format.millis(perView));
      }
    }
    return steps.isEmpty()
        ? ""
        : "Growth, first build: each extra view adds, to the time Strata adds, "
            + String.join("; ", steps)
            + ". Equal steps mean linear growth; a step that grows with N means worse.\n";
  }

  /**
   * The no-change build against a longer history, from preparing the scenarios: one run each, in
   * the harness's JVM, so only indicative, but the growth is far beyond noise.
   */
  private String history() {
    return historyGrowth()
        .map(
            growth ->
                "\nGrowth with the history instead: compiling the scenario's view classes against"
                    + " a chain of as many snapshots (nothing changed; every migration"
                    + " regenerated) took "
                    + growth
                    + " (one run each while preparing, section 6).\n")
        .orElse("");
  }

  /** {@code 2,721 ms for 100 snapshots, 66,548 ms for 1000}, if both were prepared. */
  Optional<String> historyGrowth() {
    Optional<String> hundred = results.fact("preparation.100");
    Optional<String> thousand = results.fact("preparation.1000");
    if (hundred.isEmpty() || thousand.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        hundred.get().split("\\|")[1]
            + " for 100 snapshots, "
            + thousand.get().split("\\|")[1]
            + " for 1000");
  }

  /** What Strata adds to a first build of {@code size} views, in milliseconds. */
  Optional<Double> added(int size) {
    Optional<Double> plain =
        cells.median(Labels.COMPILE, Labels.FIRST_BUILD, size, Labels.PLAIN_JAVAC);
    Optional<Double> with =
        cells.median(Labels.COMPILE, Labels.FIRST_BUILD, size, Labels.JAVAC_WITH_STRATA);
    return plain.isPresent() && with.isPresent()
        ? Optional.of(with.get() - plain.get())
        : Optional.empty();
  }

  private List<Measurement> plainRuns() {
    return results.all().stream()
        .filter(m -> m.benchmark().equals(Labels.COMPILE))
        .filter(m -> m.variant().equals(Labels.PLAIN_JAVAC))
        .toList();
  }
}
