package dev.strata.benchmarks.report;

import java.util.List;
import java.util.Map;

/** The head of the results file: how to reproduce it, and on what it was measured. */
final class AboutSection {

  private final RunInfo run;
  private final List<String> notes;

  AboutSection(RunInfo run, List<String> notes) {
    this.run = run;
    this.notes = notes;
  }

  String header() {
    return "# Strata benchmarks: results\n\n"
        + "Written by the benchmark harness; do not edit by hand, run it again:\n\n"
        + "```bash\n"
        + run.command()
        + "\n```\n\n"
        + "(from the repository root; `benchmarks/README.md` says what it does). Run began "
        + run.date()
        + " and took "
        + Format.number(run.minutes())
        + " minutes. Plan: "
        + run.plan()
        + ".\n\nEach table says what it measures. What the profiles below show, and what to change,"
        + " is written up by hand in the Findings of `benchmarks/README.md`.\n\n";
  }

  String machine() {
    Table table = new Table("", "");
    table.row("CPU", Machine.cpuModel());
    table.row("cores", Integer.toString(Machine.cores()));
    table.row("memory", Machine.memory());
    table.row("JDK", Machine.jdk());
    table.row("OS", Machine.os());
    for (Map.Entry<String, String> version : run.versions().entrySet()) {
      table.row(version.getKey(), version.getValue());
    }
    StringBuilder text = new StringBuilder("## Machine and versions\n\n").append(table);
    if (!notes.isEmpty()) {
      text.append("\nNotes on this run:\n\n");
      notes.forEach(note -> text.append("- ").append(note).append('\n'));
    }
    return text.append('\n').toString();
  }
}
