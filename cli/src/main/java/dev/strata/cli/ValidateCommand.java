package dev.strata.cli;

import dev.strata.runtime.ValidationException;
import dev.strata.runtime.ValidationReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code strata validate}: checks the history table against the code. */
@Command(
    name = "validate",
    header = "Checks the history table against the code.",
    description = {
      "Checks the history table against the code: the checksum of every applied migration,"
          + " migrations applied but absent from the code, runs that did not finish, gaps.",
      "Pending migrations are not a problem, nor is a run that another instance is carrying out"
          + " now (its holder is alive; the report names it). Exits with 1 if it finds any"
          + " problem. Takes no lock, creates and changes nothing."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;
  @Mixin private ConnectionOptions connection;
  @Mixin private MigrationOptions migrations;

  @Override
  public Integer call() {
    try {
      ValidationReport report =
          migrations.load(connection.configure(migrations.classLoader())).validate();
      spec.commandLine().getOut().println(report);
      return ExitCodes.OK;
    } catch (ValidationException e) {
      int problems = e.report().problems().size();
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "Validation failed: "
              + problems
              + (problems == 1 ? " problem" : " problems")
              + " between the history table and the code.");
      err.println();
      err.println(e.report());
      return ExitCodes.FAILURE;
    }
  }
}
