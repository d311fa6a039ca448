package dev.strata.benchmarks.report;

import java.util.List;
import java.util.Optional;

/** Where Strata's cold start goes, and how the scenarios were prepared. */
final class DiagnosticsSection {

  private final Results results;
  private final List<Integer> sizes;

  DiagnosticsSection(Results results, List<Integer> sizes) {
    this.results = results;
    this.sizes = sizes;
  }

  String startup() {
    StringBuilder text = new StringBuilder("## 3. Where a cold Strata start goes\n\n");
    text.append(
        """
        Strata's cold start cut into phases (median of 5 fresh JVMs): **open database** is \
        `main` to a first open connection (driver loading, and H2 opening its file; the floor pays \
        this too), **load()** is `Strata.configure(ds).load()` (service discovery, the generated \
        index, validation of the sources), **upgrade()** is the no-op upgrade on an open database \
        (history table, lock, reading and checking the history).

        | database | N applied | open database | load() | upgrade() |
        | --- | --- | --- | --- | --- |
        """);
    for (String database : Labels.COLD_DATABASES) {
      for (int size : sizes) {
        results
            .fact("breakdown." + database + "." + size)
            .ifPresent(row -> text.append(row).append('\n'));
      }
    }
    for (String database : Labels.COLD_DATABASES) {
      results
          .fact("startupProfile." + database)
          .ifPresent(
              profile ->
                  text.append("\n**Profile, ")
                      .append(database)
                      .append(", largest N** (3 cold starts, stack sampled every millisecond):\n\n")
                      .append(profile));
    }
    text.append(
        "\nClasses loaded by one cold start with nothing pending, largest N (from"
            + " `-Xlog:class+load`), per tool and database; the floor is what the JDK and the driver"
            + " load to read the history at all:\n\n");
    Table counts = new Table(header());
    boolean counted = false;
    for (String database : Labels.COLD_DATABASES) {
      List<String> row = new java.util.ArrayList<>(List.of(database));
      boolean any = false;
      for (String tool : StartupSection.tools()) {
        Optional<String> count = results.fact("classCount." + database + "." + tool);
        any |= count.isPresent();
        row.add(count.orElse(Cells.NONE));
      }
      if (any) {
        counts.row(row.toArray(String[]::new));
        counted = true;
      }
    }
    if (!counted) {
      return text.append("none measured in this run\n\n").toString();
    }
    text.append(counts)
        .append(
            "\nBy origin; Strata's migration classes would show as `strata/classes`, where only the"
                + " generated index should appear:\n\n");
    for (String database : Labels.COLD_DATABASES) {
      for (String tool : StartupSection.tools()) {
        results
            .fact("classes." + database + "." + tool)
            .ifPresent(
                line ->
                    text.append("- **")
                        .append(tool)
                        .append(", ")
                        .append(database)
                        .append("**: ")
                        .append(line)
                        .append('\n'));
      }
    }
    return text.append('\n').toString();
  }

  private static String[] header() {
    List<String> header = new java.util.ArrayList<>(List.of("database"));
    header.addAll(StartupSection.tools());
    return header.toArray(String[]::new);
  }

  String preparation() {
    StringBuilder text = new StringBuilder("## 6. How the scenarios were made\n\n");
    text.append(
        """
        Strata's migrations are the real processor's output. Recording N versions by N \
        successive compilations costs O(N²): every build reads the whole snapshot chain (and each \
        snapshot holds every view of its version, so the chain itself is O(N²) bytes) and \
        regenerates every migration class. So the chain is recorded once with the processor's own \
        snapshot classes (`SnapshotStore`, `ViewDefinitions`), then the N view classes are \
        compiled once with the processor against it: it finds nothing changed, writes no \
        snapshot (checked) and generates the N migrations, the index and the service file. That \
        the recorded chain is byte for byte what successive builds write is checked on every run \
        by building the first versions the literal way, one compilation per added view.

        """);
    Table table = new Table("N", "record the chain", "compile N views against it (harness JVM)");
    for (int size : sizes) {
      results
          .fact("preparation." + size)
          .map(times -> times.split("\\|"))
          .ifPresent(times -> table.row(Integer.toString(size), times[0], times[1]));
    }
    text.append(table).append('\n');
    results.fact("incremental").ifPresent(line -> text.append(line).append("\n\n"));
    return text.toString();
  }
}
