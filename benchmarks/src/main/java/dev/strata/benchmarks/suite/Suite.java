package dev.strata.benchmarks.suite;

import dev.strata.benchmarks.db.Server;
import dev.strata.benchmarks.report.Labels;
import dev.strata.benchmarks.report.Machine;
import dev.strata.benchmarks.report.Measurement;
import dev.strata.benchmarks.report.Results;
import dev.strata.benchmarks.report.ResultsFile;
import dev.strata.benchmarks.report.ResultsWriter;
import dev.strata.benchmarks.report.RunInfo;
import dev.strata.benchmarks.scenario.Folders;
import dev.strata.benchmarks.tool.ToolKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One run: prepare the scenarios, run each benchmark, profile, and write the results. */
public final class Suite {

  private final Harness harness;

  public Suite(Path module, RunPlan plan) {
    this.harness = new Harness(new Workspace(module), plan);
  }

  /**
   * The processor's benchmarks alone: prepares their scenarios, measures, profiles the no-change
   * build against the longest history, and prints the figures; RESULTS.md is left as it is.
   */
  public void runProcessor() throws Exception {
    Progress.say("plan: " + harness.plan().name() + ", load average " + Machine.loadAverage());
    new ScenarioPreparation(harness).run();
    ProcessorBenchmark processor = new ProcessorBenchmark(harness);
    processor.run();
    ProcessorProfile profiler = new ProcessorProfile(harness, processor);
    Optional<Integer> longest = harness.plan().noChangeHistories().stream().max(Integer::compare);
    if (longest.isPresent()) {
      profiler.profile("history-" + longest.get(), processor.noChange(longest.get(), false));
      profiler.profile(
          "history-" + longest.get() + "-cached", processor.noChange(longest.get(), true));
    } else {
      profileFirstBuilds(profiler, processor);
    }
    ResultsFile.save(
        harness.results(), harness.workspace().module().resolve("target/results-processor.tsv"));
    for (Measurement measurement : harness.results().all()) {
      System.out.printf(
          "%-45s N=%-5d %-22s median %s%n",
          measurement.database(),
          measurement.size(),
          measurement.variant(),
          measurement.time().cell());
    }
    harness.results().facts().forEach((name, value) -> System.out.println(name + ": " + value));
    Progress.say("load average " + Machine.loadAverage());
  }

  /**
   * Applying alone: prepares the scenarios, measures Strata and raw JDBC applying N migrations on
   * H2 and on each server that answers, and prints each cell with Strata ÷ raw; RESULTS.md is left
   * as it is.
   */
  public void runApply() throws Exception {
    Progress.say("plan: " + harness.plan().name() + ", load average " + Machine.loadAverage());
    List<Server> servers = Server.available();
    new ScenarioPreparation(harness).run();
    new ApplyBenchmark(harness, ApplyBenchmark.STRATA_AND_FLOOR, false).run(servers);
    ResultsFile.save(
        harness.results(), harness.workspace().module().resolve("target/results-apply.tsv"));
    List<Measurement> all = harness.results().all();
    for (Measurement strata : all) {
      if (!strata.variant().equals(ToolKind.STRATA.label())) {
        continue;
      }
      for (Measurement raw : all) {
        if (raw.variant().equals(ToolKind.RAW_JDBC.label())
            && raw.database().equals(strata.database())
            && raw.size() == strata.size()) {
          System.out.printf(
              "%-22s N=%-5d raw %-32s Strata %-32s Strata ÷ raw %.2f×%n",
              strata.database(),
              strata.size(),
              raw.time().cell(),
              strata.time().cell(),
              strata.time().medianMillis() / raw.time().medianMillis());
        }
      }
    }
    Progress.say("load average " + Machine.loadAverage());
  }

  public void run() throws Exception {
    Instant began = Instant.now();
    Progress.say("plan: " + harness.plan().name());
    String loadBefore = Machine.loadAverage();
    List<Server> servers = Server.available();
    for (Server server : Server.values()) {
      if (!servers.contains(server)) {
        harness
            .results()
            .note(
                server.label()
                    + " did not answer at "
                    + server.url()
                    + ": its benchmarks were skipped.");
      }
    }
    Results results = harness.results();
    results.fact("run.plan", harness.plan().name());
    results.fact("run.command", command());
    results.fact("run.date", began.truncatedTo(ChronoUnit.SECONDS).toString());
    new ScenarioPreparation(harness).run();
    save();
    new StartupBenchmark(harness).run(servers);
    save();
    new ApplyBenchmark(harness).run(servers);
    save();
    ProcessorBenchmark processor = new ProcessorBenchmark(harness);
    processor.run();
    save();
    profile(processor);
    Folders.deleteTree(harness.workspace().work());
    Folders.deleteTree(harness.workspace().databases());
    results.note(
        "Load average (1 / 5 / 15 min) at the start "
            + loadBefore
            + ", at the end "
            + Machine.loadAverage()
            + ", on "
            + Machine.cores()
            + " cores: above the core count, other processes (other builds and tests on this"
            + " machine) competed for the CPU, which inflates and spreads the figures.");
    results.fact(
        "run.minutes", Double.toString(Duration.between(began, Instant.now()).toMillis() / 60e3));
    Map<String, String> versions =
        new Versions(harness.libraries(), harness.workspace().module(), servers).all();
    versions.forEach((name, version) -> results.fact("run.version." + name, version));
    save();
    report(harness.workspace(), results);
  }

  /** Writes the results file again from the raw results the last run saved. */
  public static void reportAgain(Path module) throws IOException {
    Workspace workspace = new Workspace(module);
    report(workspace, ResultsFile.load(workspace.savedResults()));
  }

  private static void report(Workspace workspace, Results results) throws IOException {
    RunPlan plan = RunPlan.named(results.fact("run.plan").orElse("full"));
    RunInfo info =
        new RunInfo(
            results.fact("run.command").orElse("?"),
            description(plan),
            results.fact("run.date").orElse("?"),
            Double.parseDouble(results.fact("run.minutes").orElse("0")),
            ResultsFile.factsUnder(results, "run.version."));
    ResultsWriter.write(
        workspace.results(), results, info, plan.startupSizes(), plan.compileSizes());
    Progress.say("wrote " + workspace.results());
  }

  private void save() throws IOException {
    ResultsFile.save(harness.results(), harness.workspace().savedResults());
  }

  private void profile(ProcessorBenchmark processor) throws Exception {
    ProcessorProfile profiler = new ProcessorProfile(harness, processor);
    profileFirstBuilds(profiler, processor);
    if (harness.plan().noChangeHistories().contains(1000)) {
      Progress.say("profiling a no-change build against 1000 snapshots, with the cache");
      profiler.profile("history-1000-cached", processor.noChange(1000, true));
    }
    Progress.say("profiling a no-change build against 100 snapshots");
    profiler.profile("history-100", processor.noChange(100, false));
  }

  private void profileFirstBuilds(ProcessorProfile profiler, ProcessorBenchmark processor)
      throws IOException {
    for (int size : harness.plan().compileSizes()) {
      if (size == 1000) {
        Progress.say("profiling a first build of " + size + " views");
        profiler.profile(
            "first-" + size,
            new ProcessorBenchmark.Series(
                Labels.FIRST_BUILD, size, processor.sources(size), null, 0, 1, 1, 1, false));
      }
    }
  }

  private String command() {
    return "benchmarks/run.sh" + (harness.plan().name().equals("quick") ? " --quick" : "");
  }

  private static String description(RunPlan plan) {
    return plan.name()
        + " (cold: "
        + plan.coldSamples()
        + " fresh JVMs per cell; apply: "
        + plan.applySamples()
        + " measured applications per cell, "
        + plan.applySamples(1000)
        + " at N = 1000; compile: "
        + plan.compileSamples()
        + " fresh JVMs per mode, "
        + plan.compileSamples(5000)
        + " at 5000 views), fewer than a benchmark would like, to fit a 2-core machine in"
        + " about 20 minutes";
  }
}
