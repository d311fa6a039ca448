package dev.strata.cli;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.DroppedData;
import dev.strata.runtime.Strata;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code strata sql}: the SQL an upgrade or a downgrade would run, for review. */
@Command(
    name = "sql",
    header = "Prints the SQL of an upgrade or a downgrade, running nothing.",
    description = {
      "Prints the SQL that upgrade (upgrade --to N with --to, downgrade --to N with"
          + " --downgrade-to) would run now on the database of --url, reading its history,"
          + " executing nothing and creating nothing.",
      "With --dialect instead of --url, renders without any database: every migration from an"
          + " empty database (up to N with --to), or the downgrade from the newest version to N.",
      "The script writes no history: its second line says what records what it does."
    })
final class SqlCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;
  @Mixin private ConnectionOptions connection;
  @Mixin private MigrationOptions migrations;
  @Mixin private LockTimeoutOption lockTimeout;
  @Mixin private NoLeaseOption noLease;

  @Option(
      names = "--dialect",
      paramLabel = "DIALECT",
      converter = DialectConverter.class,
      description = "Render for postgresql, mysql (mariadb), h2 or generic, without a database.")
  private DatabaseKind dialect;

  @Option(
      names = "--to",
      paramLabel = "N",
      description =
          "Render the upgrade up to version N only, as upgrade --to N would run it; --set names"
              + " its set.")
  private Integer upgradeTo;

  @Option(
      names = "--downgrade-to",
      paramLabel = "N",
      description = "Render the downgrade to version N instead of the upgrade.")
  private Integer downgradeTo;

  @Option(
      names = "--set",
      paramLabel = "SET",
      description =
          "The migration set of --to or --downgrade-to, needed only when several are loaded;"
              + " alone, every migration of that set.")
  private String set;

  @Override
  public Integer call() {
    noLease.refuse();
    if ((dialect != null) == connection.hasUrl()) {
      throw new ParameterException(spec.commandLine(), Messages.SQL_TARGET);
    }
    if (dialect != null) {
      refuseOffline();
    }
    if (upgradeTo != null && downgradeTo != null) {
      throw new ParameterException(spec.commandLine(), Messages.SQL_DIRECTIONS);
    }
    String script = dialect == null ? forDatabase() : forDialect();
    PrintWriter out = spec.commandLine().getOut();
    out.print(script);
    out.flush();
    return ExitCodes.OK;
  }

  /** Refuses the options of a database given with --dialect, which renders without one. */
  private void refuseOffline() {
    ParseResult parsed = spec.commandLine().getParseResult();
    for (String option : new String[] {"--user", "--password", "--password-env"}) {
      if (parsed.hasMatchedOption(option)) {
        throw new ParameterException(spec.commandLine(), Messages.loginOffline(option));
      }
    }
    if (parsed.hasMatchedOption("--history-table")) {
      throw new ParameterException(spec.commandLine(), Messages.HISTORY_TABLE_OFFLINE);
    }
    if (parsed.hasMatchedOption(LockTimeoutOption.NAME)) {
      throw new ParameterException(spec.commandLine(), Messages.LOCK_TIMEOUT_OFFLINE);
    }
  }

  private String forDatabase() {
    Strata strata =
        connection.checked(
            migrations.load(lockTimeout.apply(connection.configure(migrations.classLoader()))));
    if (upgradeTo != null) {
      return strata.upgradeSql(migrations.set(set), upgradeTo);
    }
    if (set != null && downgradeTo == null) {
      return strata.upgradeSql(set);
    }
    if (downgradeTo == null) {
      return strata.upgradeSql();
    }
    String target = migrations.set(set);
    // on standard error, so that standard output stays a script to run
    List<DroppedData> dropped = strata.downgradeDrops(target, downgradeTo);
    if (!dropped.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(DowngradeWording.drops(dropped));
      err.flush();
    }
    return strata.downgradeSql(target, downgradeTo);
  }

  private String forDialect() {
    Strata strata = migrations.load(Strata.configure());
    if (upgradeTo != null) {
      // from an empty database, as without --to
      return strata.renderSql(dialect, migrations.set(set), 0, upgradeTo);
    }
    if (set != null && downgradeTo == null) {
      // an unknown set has no versions, and renderSql refuses it, naming the loaded ones
      return strata.renderSql(dialect, set, 0, migrations.newestVersion(set));
    }
    if (downgradeTo == null) {
      return strata.renderSql(dialect);
    }
    String target = migrations.set(set);
    return strata.renderSql(dialect, target, migrations.newestVersion(target), downgradeTo);
  }

  /** Reads the names {@link DatabaseKind#parse} accepts. */
  static final class DialectConverter implements ITypeConverter<DatabaseKind> {
    @Override
    public DatabaseKind convert(String value) {
      try {
        return DatabaseKind.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
