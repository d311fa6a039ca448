package dev.strata.cli;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A database's own command-line client, {@code psql} or {@code mariadb}, running a script file as a
 * DBA runs one, stopping at its first error; the oracle for what {@code strata sql} prints. A
 * client that is not installed skips the test with a {@code SKIPPED:} line, or fails it under
 * {@code CI=true}, as the servers' tests do.
 */
final class SqlClient {

  /** What the client printed, and its exit code. */
  record Run(int exitCode, String output) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- output:\n" + output;
    }
  }

  private final List<String> command;
  private final Map<String, String> environment;

  private SqlClient(List<String> command, Map<String, String> environment) {
    this.command = List.copyOf(command);
    this.environment = Map.copyOf(environment);
  }

  /** The client of {@code database}'s server, connected to its schema or database. */
  static SqlClient of(TestDatabase database) {
    URI url = URI.create(database.url().substring("jdbc:".length()));
    Map<String, String> parameters = parameters(url.getRawQuery());
    Map<String, String> environment = new HashMap<>();
    List<String> command = new ArrayList<>();
    if (database.kind() == DatabaseKind.POSTGRESQL) {
      command.addAll(List.of(executable("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1"));
      command.addAll(List.of("-h", url.getHost(), "-p", String.valueOf(url.getPort())));
      command.addAll(List.of("-U", parameters.get("user"), "-d", url.getPath().substring(1)));
      environment.put("PGOPTIONS", "-c search_path=" + parameters.get("currentSchema"));
      if (parameters.containsKey("password")) {
        environment.put("PGPASSWORD", parameters.get("password"));
      }
    } else if (database.kind() == DatabaseKind.MARIADB) {
      // reading standard input, the client stops at the first error, as --abort-source-on-error
      command.addAll(List.of(executable("mariadb"), "--batch"));
      command.addAll(List.of("-h", url.getHost(), "-P", String.valueOf(url.getPort())));
      command.addAll(List.of("-u", parameters.get("user"), url.getPath().substring(1)));
      if (parameters.containsKey("password")) {
        environment.put("MYSQL_PWD", parameters.get("password"));
      }
    } else {
      throw new IllegalArgumentException("No command-line client for " + database.kind());
    }
    return new SqlClient(command, environment);
  }

  /** The same client, with {@code variable} set in its environment. */
  SqlClient withEnvironment(String variable, String value) {
    Map<String, String> changed = new HashMap<>(environment);
    changed.put(variable, value);
    return new SqlClient(command, changed);
  }

  /** Runs {@code script}, written to a file as {@code strata sql > file} writes it, in UTF-8. */
  Run run(String script, Path folder) throws IOException, InterruptedException {
    Path file = Files.createTempFile(folder, "script", ".sql");
    Files.writeString(file, script, StandardCharsets.UTF_8);
    List<String> arguments = new ArrayList<>(command);
    ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true);
    if (command.get(0).endsWith("psql")) {
      arguments.addAll(List.of("-f", file.toString()));
      builder.command(arguments);
    } else {
      builder.redirectInput(file.toFile());
    }
    builder.environment().putAll(environment);
    Path output = folder.resolve(file.getFileName() + ".out");
    Process process = builder.redirectOutput(output.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command.get(0) + " did not end in 60 s");
    }
    return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
  }

  private static String executable(String name) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(folder, name);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    String message = "the " + name + " client is not on the PATH; install it to run this test";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError("CI=true and " + message);
    }
    System.err.println("SKIPPED: " + message);
    Assumptions.abort(message);
    throw new IllegalStateException("unreachable");
  }

  private static Map<String, String> parameters(String query) {
    Map<String, String> parameters = new HashMap<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        parameters.put(
            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return parameters;
  }
}
