package dev.strata.cli;

import dev.strata.runtime.MigrationInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strata baseline --version N}: adopts a database whose views already exist. */
@Command(
    name = "baseline",
    header = "Adopts a database whose views already exist.",
    description = {
      "Adopts a database whose views already exist, as versions 1 to N would have made them:"
          + " records those versions as applied without running them.",
      "Strata cannot check that the views match. Refused if the history already has rows for"
          + " the set. Later upgrades start at N + 1."
    })
final class BaselineCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;
  @Mixin private ConnectionOptions connection;
  @Mixin private MigrationOptions migrations;
  @Mixin private LockOption lock;

  @Option(
      names = "--version",
      paramLabel = "N",
      required = true,
      description = "The version whose views the database already has.")
  private int version;

  @Option(
      names = "--set",
      paramLabel = "SET",
      description = "The migration set, needed only when several are loaded.")
  private String set;

  @Override
  public Integer call() {
    String target = migrations.set(set);
    List<MigrationInfo> recorded =
        migrations
            .load(lock.apply(connection.configure(migrations.classLoader())))
            .baseline(target, version);
    PrintWriter out = spec.commandLine().getOut();
    for (MigrationInfo migration : recorded) {
      out.println("Recorded " + Text.label(migration) + " as applied, without running it");
    }
    out.println("Set " + target + " is at version " + version + "; upgrade applies the rest.");
    return ExitCodes.OK;
  }
}
