package dev.strata.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The targets, each with the figure that judges it and a plain verdict. */
final class TargetsSection {

  private static final int STARTUP_SIZE = 1000;
  private static final double OVER_FLOOR_MS = 50;
  private static final double FLYWAY_FACTOR = 10;
  private static final double APPLY_FACTOR = 1.3;
  private static final double PROCESSOR_SHARE = 0.10;
  private static final double LINEAR_TOLERANCE = 1.5;

  private final Cells cells;
  private final ProcessorSection processor;
  private final List<Integer> sizes;

  TargetsSection(Cells cells, ProcessorSection processor, List<Integer> sizes) {
    this.cells = cells;
    this.processor = processor;
    this.sizes = sizes;
  }

  String render() {
    Table table = new Table("target (issue 6)", "measured", "verdict");
    startup(table);
    apply(table);
    compile(table);
    return "## Targets\n\n" + table + "\n";
  }

  private void startup(Table table) {
    Optional<Double> strata = cold("Strata");
    Optional<Double> floor = cold("floor");
    Optional<Double> flyway = cold("Flyway");
    if (strata.isEmpty() || floor.isEmpty() || flyway.isEmpty()) {
      table.row("no-op startup, 1000 applied, cold, H2", "not measured", Cells.NONE);
      return;
    }
    double over = strata.get() - floor.get();
    table.row(
        "No-op startup with 1000 applied, cold, H2: under 50 ms over the floor",
        "Strata "
            + Format.millis(strata.get())
            + " − floor "
            + Format.millis(floor.get())
            + " = **"
            + Format.millis(over)
            + "**",
        verdict(over < OVER_FLOOR_MS));
    double factor = flyway.get() / strata.get();
    double overFloorFactor = (flyway.get() - floor.get()) / over;
    table.row(
        "… and at least 10× less than Flyway",
        "Flyway "
            + Format.millis(flyway.get())
            + " ÷ Strata = **"
            + Format.ratio(flyway.get(), strata.get())
            + "**; above the floor: "
            + String.format(java.util.Locale.ROOT, "%.1f×", overFloorFactor),
        verdict(factor >= FLYWAY_FACTOR));
  }

  private void apply(Table table) {
    List<String> ratios = new ArrayList<>();
    double worst = 0;
    for (String database : List.of(Labels.H2_MEMORY, Labels.POSTGRESQL)) {
      for (int size : sizes) {
        Optional<Double> strata = cells.median(Labels.APPLY, database, size, "Strata");
        Optional<Double> raw = cells.median(Labels.APPLY, database, size, ApplySection.RAW);
        if (strata.isPresent() && raw.isPresent()) {
          double ratio = strata.get() / raw.get();
          worst = Math.max(worst, ratio);
          ratios.add(database + " N=" + size + ": " + Format.ratio(strata.get(), raw.get()));
        }
      }
    }
    table.row(
        "Applying N migrations: within 1.3× of raw JDBC",
        ratios.isEmpty() ? "not measured" : "Strata ÷ raw JDBC: " + String.join("; ", ratios),
        ratios.isEmpty() ? Cells.NONE : verdict(worst <= APPLY_FACTOR));
  }

  private void compile(Table table) {
    Optional<Double> plain =
        cells.median(Labels.COMPILE, Labels.FIRST_BUILD, 1000, Labels.PLAIN_JAVAC);
    Optional<Double> added = processor.added(1000);
    if (plain.isPresent() && added.isPresent()) {
      double share = added.get() / plain.get();
      table.row(
          "Processor under 10% of javac time at 1,000 views",
          "javac "
              + Format.millis(plain.get())
              + ", Strata adds **"
              + Format.millis(added.get())
              + " = "
              + Format.percent(share)
              + "**",
          verdict(share < PROCESSOR_SHARE));
    }
    Optional<Double> small = processor.added(100);
    Optional<Double> large = processor.added(5000);
    if (small.isPresent() && added.isPresent() && large.isPresent()) {
      double early = (added.get() - small.get()) / 900;
      double late = (large.get() - added.get()) / 4000;
      table.row(
          "… and linear in N",
          "added per extra view: "
              + Format.millis(early)
              + " (100→1000), "
              + Format.millis(late)
              + " (1000→5000)"
              + processor
                  .historyGrowth()
                  .map(growth -> "; but see the history: " + growth)
                  .orElse(""),
          verdict(late <= early * LINEAR_TOLERANCE));
    }
  }

  private Optional<Double> cold(String tool) {
    return cells.median(Labels.COLD, Labels.H2_FILE, STARTUP_SIZE, tool);
  }

  private static String verdict(boolean met) {
    return met ? "met" : "**missed**";
  }
}
