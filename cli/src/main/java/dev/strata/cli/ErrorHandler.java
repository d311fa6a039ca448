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
      Exception failure, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    if (expected(failure)) {
      err.println(
          command.getColorScheme().errorText("Error: " + CliWording.of(failure.getMessage())));
    } else {
      err.println(command.getColorScheme().errorText("Internal error: " + failure));
      failure.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.of(failure);
  }

  private static boolean expected(Exception failure) {
    return failure instanceof StrataException
        || failure instanceof ConfigurationException
        || failure instanceof IllegalArgumentException;
  }
}
