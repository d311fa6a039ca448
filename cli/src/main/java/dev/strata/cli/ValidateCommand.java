package dev.strata.cli;

import dev.strata.runtime.Strata;
import dev.strata.runtime.ValidationException;
import dev.strata.runtime.ValidationReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strata validate}: checks the history table against the code. */
@Command(
    name = "validate",
    header = "Checks the history table against the code.",
    description = {
      "Checks the history table against the code: the checksum of every applied migration,"
          + " migrations applied but absent from the code, runs that did not finish, gaps.",
      "Compares the views of the schemas Strata manages with the definitions the database"
          + " reported when Strata wrote them: views changed, dropped or added by hand since are"
          + " named, each with the difference.",
      "Pending migrations are not a problem, nor is a run that another instance is carrying out"
          + " now (its holder is alive; the report names it). Exits with 1 if it finds any"
          + " problem or drift. Takes no lock, creates and changes nothing.",
      "With --set, that set's history alone (its problems, counts and runs in progress); views"
          + " changed by hand carry no set, and are looked for in every schema Strata manages."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;
  @Mixin private ConnectionOptions connection;
  @Mixin private MigrationOptions migrations;
  @Mixin private LockTimeoutOption lockTimeout;
  @Mixin private NoLeaseOption noLease;

  @Option(names = "--json", description = "Print the report as JSON, for scripts.")
  private boolean json;

  @Option(
      names = "--set",
      paramLabel = "SET",
      description =
          "Check this migration set's history alone; every set when left out. Views changed by"
              + " hand are looked for in every schema anyway.")
  private String set;

  @Override
  public Integer call() {
    noLease.refuse();
    ValidationReport report;
    try {
      Strata strata =
          connection.checked(
              migrations.load(lockTimeout.apply(connection.configure(migrations.classLoader()))));
      report = set == null ? strata.validate() : strata.validate(set);
    } catch (ValidationException e) {
      report = e.report();
    }
    if (json) {
      spec.commandLine().getOut().println(ValidationJson.of(report));
      return report.valid() && !report.drifted() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
    if (report.valid() && !report.drifted()) {
      spec.commandLine().getOut().println(CliWording.of(report.toString()));
      return ExitCodes.OK;
    }
    int problems = report.problems().size();
    int drifted = report.drift().size();
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "Validation failed: "
            + problems
            + (problems == 1 ? " problem" : " problems")
            + " between the history table and the code, "
            + drifted
            + (drifted == 1 ? " view" : " views")
            + " changed, dropped or added by hand.");
    err.println();
    err.println(CliWording.of(report.toString()));
    return ExitCodes.FAILURE;
  }
}
