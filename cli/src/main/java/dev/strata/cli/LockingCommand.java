package dev.strata.cli;

import dev.strata.runtime.Configuration;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Strata;
import dev.strata.runtime.StrataException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of the commands that change the database (upgrade, downgrade, baseline, repair,
 * refresh): they take the options of the others plus {@code --lock-timeout}, load the migrations
 * under the lock, and print a line for each migration they touched.
 */
abstract class LockingCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;
  @Mixin private ConnectionOptions connection;
  @Mixin private MigrationOptions migrations;
  @Mixin private LockOption lock;

  /** The set to work on: {@code requested} if given, else the only one loaded. */
  final String set(String requested) {
    return migrations.set(requested);
  }

  /** The migrations, for the database of {@code --url}, waiting for the lock as long as told. */
  final Strata load() {
    return load(UnaryOperator.identity());
  }

  /** Like {@link #load()}, with the command's own settings added to the configuration. */
  final Strata load(UnaryOperator<Configuration> settings) {
    return connection.checked(
        migrations.load(
            settings.apply(lock.apply(connection.configure(migrations.classLoader())))));
  }

  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /**
   * Runs {@code work}, which applies or reverts migrations and returns them, and prints {@code
   * line} of each, or {@code ifNone} if there were none. A run stops at the first migration that
   * fails and keeps those done before it, which the failure itself does not name: before it is
   * reported, a line for each of them, as the run told them (the history may hold what another
   * process did meanwhile).
   */
  final void report(
      Supplier<List<MigrationInfo>> work, String ifNone, Function<MigrationInfo, String> line) {
    report(work, () -> ifNone, line);
  }

  /** As {@link #report(Supplier, String, Function)}, with {@code ifNone} worded after the work. */
  final void report(
      Supplier<List<MigrationInfo>> work,
      Supplier<String> ifNone,
      Function<MigrationInfo, String> line) {
    List<MigrationInfo> touched;
    try {
      touched = work.get();
    } catch (StrataException failure) {
      print(failure.completedBefore(), line);
      throw failure;
    }
    if (touched.isEmpty()) {
      out().println(ifNone.get());
    }
    print(touched, line);
  }

  private void print(List<MigrationInfo> migrations, Function<MigrationInfo, String> line) {
    PrintWriter out = out();
    for (MigrationInfo migration : migrations) {
      out.println(line.apply(migration));
    }
    out.flush();
  }
}
