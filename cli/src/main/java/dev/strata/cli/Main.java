package dev.strata.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * The entry point of the executable jar: {@code java -jar strata-cli-all.jar status --url ...}.
 *
 * <pre>{@code
 * int exitCode = Main.commandLine().execute("upgrade", "--url", url, "-m", "target/classes");
 * }</pre>
 */
public final class Main {

  /** MariaDB's driver logs there when told to use java.util.logging. */
  private static final String MARIADB_DRIVER_LOG = "org.mariadb.jdbc";

  // java.util.logging holds loggers weakly: keep the configured ones
  private static Logger runtimeLog;
  private static Logger driverLog;

  private Main() {}

  public static void main(String[] args) {
    configureLogging();
    System.exit(commandLine().execute(args));
  }

  /** The {@code strata} command with its subcommands, error handling and exit code help. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new StrataCommand());
    ErrorHandler errors = new ErrorHandler();
    commandLine.setParameterExceptionHandler(errors);
    commandLine.setExecutionExceptionHandler(errors);
    addExitCodeHelp(commandLine);
    // the script says it is UTF-8 (SET client_encoding, SET NAMES), whatever the locale, in which
    // Java 17 would print every other character as ? (LANG=C: cron, containers, bare servers);
    // after the commands' writer, which picocli makes on first use and gives every subcommand
    commandLine.getOut();
    commandLine
        .getSubcommands()
        .get("sql")
        .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    return commandLine;
  }

  private static void addExitCodeHelp(CommandLine command) {
    command
        .getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCodes.help());
    command.getSubcommands().values().forEach(Main::addExitCodeHelp);
  }

  /**
   * The runtime logs what the commands print anyway (applied migrations at INFO, failures at ERROR
   * before throwing them): the console shows its warnings alone, on one line each, and the JDBC
   * drivers' errors, unless a logging configuration file is given.
   */
  private static void configureLogging() {
    if (System.getProperty("java.util.logging.config.file") != null) {
      return;
    }
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%6$s%n");
    }
    runtimeLog = Logger.getLogger("dev.strata.runtime");
    runtimeLog.setLevel(Level.WARNING);
    runtimeLog.setFilter(record -> record.getLevel().intValue() < Level.SEVERE.intValue());
    // MariaDB's driver, without SLF4J, prints a warning of its own on standard error for each SQL
    // error it meets, also those Strata expects and handles (a row another run inserted first) and
    // those it reports itself with the database's message: through java.util.logging, and only
    // its errors
    if (System.getProperty("mariadb.logging.fallback") == null) {
      System.setProperty("mariadb.logging.fallback", "JDK");
    }
    driverLog = Logger.getLogger(MARIADB_DRIVER_LOG);
    driverLog.setLevel(Level.SEVERE);
  }
}
