package dev.strata.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Runs the strata command in this JVM, as {@code main} would, capturing what it prints. */
final class Cli {

  private Cli() {}

  /** What one run printed, and its exit code. */
  record Result(int exitCode, String out, String err) {

    /** How many rows of the status table printed on standard output are in {@code state}. */
    int rows(String state) {
      return (int)
          Pattern.compile("  " + state + "(  |$)", Pattern.MULTILINE)
              .matcher(out)
              .results()
              .count();
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
    }
  }

  /** Runs {@code command} on the database at {@code url} with the migrations of the shop. */
  static Result onShop(String url, String command, String... options) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(List.of(options));
    args.addAll(List.of("--url", url, "-m", TestMigrations.shop().toString()));
    return run(args.toArray(String[]::new));
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }
}
