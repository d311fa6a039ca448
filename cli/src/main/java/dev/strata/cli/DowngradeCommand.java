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

/** {@code strata downgrade --to N}: reverts the migrations above a version. */
@Command(
    name = "downgrade",
    header = "Reverts the migrations above a version.",
    description = {
      "Reverts the applied migrations above version N, highest first, with their downgrade().",
      "Nothing above N is success."
    })
final class DowngradeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;
  @Mixin private ConnectionOptions connection;
  @Mixin private MigrationOptions migrations;
  @Mixin private LockOption lock;

  @Option(
      names = "--to",
      paramLabel = "N",
      required = true,
      description = "The version to keep; 0 reverts every migration of the set.")
  private int version;

  @Option(
      names = "--set",
      paramLabel = "SET",
      description = "The migration set, needed only when several are loaded.")
  private String set;

  @Override
  public Integer call() {
    String target = migrations.set(set);
    List<MigrationInfo> reverted =
        migrations
            .load(lock.apply(connection.configure(migrations.classLoader())))
            .downgrade(target, version);
    PrintWriter out = spec.commandLine().getOut();
    if (reverted.isEmpty()) {
      out.println(
          "Nothing to revert: set "
              + target
              + " has nothing applied above version "
              + version
              + ".");
    }
    for (MigrationInfo migration : reverted) {
      out.println("Reverted " + Text.label(migration));
    }
    return ExitCodes.OK;
  }
}
