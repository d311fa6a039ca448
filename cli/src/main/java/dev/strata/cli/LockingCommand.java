package dev.strata.cli;

import dev.strata.runtime.Configuration;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.StatusReport;
import dev.strata.runtime.Strata;
import dev.strata.runtime.StrataException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    return migrations.load(
        settings.apply(lock.apply(connection.configure(migrations.classLoader()))));
  }

  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /**
   * Runs {@code work}, which applies or reverts migrations of {@code strata} and returns them. A
   * run stops at the first migration that fails and keeps those done before it, which the failure
   * itself does not name: before it is reported, a line for each of them, from the history.
   */
  final List<MigrationInfo> keepingTrack(Strata strata, Supplier<List<MigrationInfo>> work) {
    Map<String, MigrationInfo> before = recorded(strata.status());
    try {
      return work.get();
    } catch (StrataException failure) {
      try {
        printDoneBefore(before, recorded(strata.status()));
      } catch (StrataException unreadable) {
        failure.addSuppressed(unreadable);
      }
      throw failure;
    }
  }

  private void printDoneBefore(
      Map<String, MigrationInfo> before, Map<String, MigrationInfo> after) {
    PrintWriter out = out();
    List<MigrationInfo> reverted = new ArrayList<>(before.values());
    reverted.removeIf(migration -> after.containsKey(key(migration)));
    reverted.sort(Comparator.comparingInt(MigrationInfo::version).reversed());
    reverted.forEach(migration -> out.println("Reverted " + Text.label(migration)));
    for (MigrationInfo migration : after.values()) {
      if (!before.containsKey(key(migration)) && migration.state() == MigrationState.APPLIED) {
        out.println(
            "Applied " + Text.label(migration) + " in " + migration.executionMillis() + " ms");
      }
    }
    out.flush();
  }

  // the migrations the history has a row of, by set and version, in the status's order
  private static Map<String, MigrationInfo> recorded(StatusReport status) {
    Map<String, MigrationInfo> rows = new LinkedHashMap<>();
    for (MigrationInfo migration : status.migrations()) {
      if (migration.state() != MigrationState.PENDING) {
        rows.put(key(migration), migration);
      }
    }
    return rows;
  }

  private static String key(MigrationInfo migration) {
    return migration.set() + ":" + migration.version();
  }

  /** Prints {@code line} of each migration touched, or {@code ifNone} if none was. */
  final void report(
      List<MigrationInfo> touched, String ifNone, Function<MigrationInfo, String> line) {
    PrintWriter out = out();
    if (touched.isEmpty()) {
      out.println(ifNone);
    }
    for (MigrationInfo migration : touched) {
      out.println(line.apply(migration));
    }
  }
}
