package dev.strata.cli;

import dev.strata.runtime.StrataException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports what went wrong on standard error and chooses the exit code: a usage error with a pointer
 * to the command's help; a failure the runtime or the options describe with its message alone;
 * anything unexpected with its stack trace.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

  private static final String JSON = "--json";

  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    PrintWriter err = command.getErr();
    String otherTools = otherToolsCommand(failure, command);
    if (otherTools != null) {
      // picocli's suggestion goes by spelling: Flyway's info got "Did you mean: strata baseline?"
      err.println(command.getColorScheme().errorText(otherTools));
    } else {
      err.println(command.getColorScheme().errorText(failure.getMessage()));
      UnmatchedArgumentException.printSuggestions(failure, err);
    }
    err.println(Messages.seeHelp(command.getCommandSpec().qualifiedName()));
    err.flush();
    if (json(command, args)) {
      printJson(command, otherTools != null ? otherTools : failure.getMessage(), ExitCodes.USAGE);
    }
    return ExitCodes.USAGE;
  }

  /** What a command of Flyway or Liquibase given as strata's is in strata, or null. */
  private static String otherToolsCommand(ParameterException failure, CommandLine command) {
    if (!(failure instanceof UnmatchedArgumentException unmatched)
        || command.getParent() != null
        || unmatched.getUnmatched().isEmpty()) {
      return null;
    }
    String given = unmatched.getUnmatched().get(0);
    String meant = Messages.otherToolsCommand(given);
    return meant == null ? null : "Unknown command '" + given + "': " + meant;
  }

  @Override
  public int handleExecutionException(
      Exception thrown, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    Exception readOnly = H2Files.readOnly(url(command), thrown);
    Exception failure = readOnly != null ? readOnly : thrown;
    String message;
    if (expected(failure)) {
      message = CliWording.of(failure.getMessage());
      err.println(command.getColorScheme().errorText("Error: " + message));
    } else {
      message = "Internal error: " + failure;
      err.println(command.getColorScheme().errorText(message));
      failure.printStackTrace(err);
    }
    err.flush();
    int exitCode = ExitCodes.of(failure);
    if (json(command, parseResult.originalArgs().toArray(String[]::new))) {
      printJson(command, message, exitCode);
    }
    return exitCode;
  }

  /** The --url the command was given, or null. */
  private static String url(CommandLine command) {
    ParseResult parsed = command.getParseResult();
    return parsed == null ? null : parsed.matchedOptionValue("--url", null);
  }

  /** Whether {@code command} has --json and it was given: a script reads its standard output. */
  private static boolean json(CommandLine command, String[] args) {
    if (command.getCommandSpec().findOption(JSON) == null) {
      return false;
    }
    ParseResult parsed = command.getParseResult();
    if (parsed != null && parsed.hasMatchedOption(JSON)) {
      return true;
    }
    // a usage error can stop the parsing before --json
    for (String arg : args) {
      if (arg.equals(JSON)) {
        return true;
      }
      if (arg.equals("--")) {
        return false;
      }
    }
    return false;
  }

  /** The error as {"error": {"message": ..., "exitCode": N}}, on standard output. */
  private static void printJson(CommandLine command, String message, int exitCode) {
    PrintWriter out = command.getOut();
    out.println(
        "{\"error\": {\"message\": "
            + StatusJson.string(message == null ? "" : message)
            + ", \"exitCode\": "
            + exitCode
            + "}}");
    out.flush();
  }

  private static boolean expected(Exception failure) {
    return failure instanceof StrataException
        || failure instanceof ConfigurationException
        || failure instanceof IllegalArgumentException;
  }
}
