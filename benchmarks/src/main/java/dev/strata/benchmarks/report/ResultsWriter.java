package dev.strata.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code RESULTS.md}: targets first, then every table with what it measures. */
public final class ResultsWriter {

  private ResultsWriter() {}

  public static void write(
      Path file,
      Results results,
      RunInfo run,
      List<Integer> startupSizes,
      List<Integer> compileSizes)
      throws IOException {
    Cells cells = new Cells(results);
    AboutSection about = new AboutSection(run, results.notes());
    StartupSection startup = new StartupSection(cells, startupSizes);
    DiagnosticsSection diagnostics = new DiagnosticsSection(results, startupSizes);
    ProcessorSection processor = new ProcessorSection(cells, results, compileSizes);
    String text =
        about.header()
            + new TargetsSection(cells, startupSizes).render()
            + about.machine()
            + startup.cold()
            + startup.warm()
            + diagnostics.startup()
            + new ApplySection(cells, results, startupSizes).render()
            + processor.render()
            + diagnostics.preparation();
    Files.writeString(file, text.strip() + "\n", StandardCharsets.UTF_8);
  }
}
