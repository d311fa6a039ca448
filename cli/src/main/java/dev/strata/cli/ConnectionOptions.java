package dev.strata.cli;

import dev.strata.runtime.Configuration;
import dev.strata.runtime.DriverDataSource;
import dev.strata.runtime.Strata;
import java.sql.SQLException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that name the database a command works on, shared by the commands as a mixin. */
final class ConnectionOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Option(
      names = "--url",
      paramLabel = "JDBC_URL",
      description = "The database, such as jdbc:postgresql://db:5432/app (required).")
  private String url;

  @Option(
      names = {"-u", "--user"},
      paramLabel = "USER",
      description = "The database user, unless the URL names one.")
  private String user;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      description = "The password. Other users of the machine may see it: prefer --password-env.")
  private String password;

  @Option(
      names = "--password-env",
      paramLabel = "VAR",
      description = "The environment variable that holds the password.")
  private String passwordEnv;

  @Option(
      names = "--history-table",
      paramLabel = "NAME",
      defaultValue = Configuration.DEFAULT_HISTORY_TABLE,
      description =
          "The table that records applied migrations, optionally"
              + " schema-qualified (default: ${DEFAULT-VALUE}).")
  private String historyTable;

  // the data source of the last configure, for the check of the history table's schema
  private DriverDataSource configured;

  boolean hasUrl() {
    return url != null;
  }

  /**
   * A configuration for the database, whose driver is found in {@code classLoader}.
   *
   * @throws ParameterException if --url is missing or both passwords are given
   * @throws ConfigurationException if the --password-env variable is not set
   */
  Configuration configure(ClassLoader classLoader) {
    if (url == null) {
      throw new ParameterException(command.commandLine(), Messages.MISSING_URL);
    }
    H2Files.check(url);
    DriverDataSource dataSource = DriverDataSource.of(url, user, password(), classLoader);
    if (noDriver(dataSource)) {
      throw new ConfigurationException(Messages.noDriver(dataSource.redactedUrl()));
    }
    Configuration configuration = Strata.configure(dataSource).historyTable(historyTable);
    configured = dataSource;
    return configuration;
  }

  /**
   * {@code strata}, after checking that the schema of the history table exists: once the migrations
   * are loaded, so that a missing -m is told at once, without waiting on the database.
   *
   * @throws ConfigurationException if that schema does not exist
   */
  Strata checked(Strata strata) {
    HistorySchema.check(configured, historyTable);
    return strata;
  }

  private static boolean noDriver(DriverDataSource dataSource) {
    try {
      return dataSource.driver().isEmpty();
    } catch (SQLException e) {
      // a driver that cannot tell: let it try to connect, and fail there
      return false;
    }
  }

  private String password() {
    if (passwordEnv == null) {
      return password;
    }
    if (password != null) {
      throw new ParameterException(command.commandLine(), Messages.PASSWORDS_EXCLUSIVE);
    }
    String value = System.getenv(passwordEnv);
    if (value == null) {
      throw new ConfigurationException(Messages.passwordVariableUnset(passwordEnv));
    }
    return value;
  }
}
