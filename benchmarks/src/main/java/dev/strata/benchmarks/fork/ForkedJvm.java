package dev.strata.benchmarks.fork;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs one measured JVM: {@code java -cp ... Main args}, waits for it, and collects the {@code
 * RESULT nanos} lines it prints (see {@link Report}) and its wall-clock time from spawn to exit.
 */
public final class ForkedJvm {

  private static final long TIMEOUT_MINUTES = 15;

  private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
  private final List<String> commonOptions;
  private final Path logFolder;

  /**
   * @param commonOptions JVM options every measured JVM gets, such as the logging configuration
   * @param logFolder where each JVM's standard error goes
   */
  public ForkedJvm(List<String> commonOptions, Path logFolder) {
    this.commonOptions = List.copyOf(commonOptions);
    this.logFolder = logFolder;
  }

  public Outcome run(List<Path> classpath, List<String> options, Class<?> main, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(commonOptions);
    command.addAll(options);
    command.add("-cp");
    command.add(
        classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    command.add(main.getName());
    command.addAll(args);
    try {
      Files.createDirectories(logFolder);
      Path errors = Files.createTempFile(logFolder, main.getSimpleName() + "-", ".log");
      ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
      long start = System.nanoTime();
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("Timed out: " + String.join(" ", command));
      }
      long wall = System.nanoTime() - start;
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "Exit "
                + process.exitValue()
                + ": "
                + String.join(" ", command)
                + "\n"
                + output
                + tail(errors));
      }
      Files.delete(errors);
      return new Outcome(Report.parse(output), wall);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private static String tail(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /**
   * @param results the values the JVM reported, by name, in the order printed
   * @param wallNanos from starting the process to its exit
   */
  public record Outcome(Report results, long wallNanos) {}
}
