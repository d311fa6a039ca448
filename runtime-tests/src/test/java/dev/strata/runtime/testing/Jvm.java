package dev.strata.runtime.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

/** A separate JVM running {@link MigratorProcess} on the test classpath. */
public final class Jvm implements AutoCloseable {

  private final Process process;
  private final BufferedReader output;
  private final List<String> lines = new ArrayList<>();

  private Jvm(Process process) {
    this.process = process;
    this.output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  public static Jvm start(String url, String scenario, String... more) throws IOException {
    return start(List.of(), url, scenario, more);
  }

  /** As {@link #start(String, String, String...)}, with JVM options such as {@code -Xlog}. */
  public static Jvm start(List<String> options, String url, String scenario, String... more)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto"));
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(options);
    command.addAll(List.of("-cp", applicationClassPath(), MigratorProcess.class.getName(), url));
    command.add(scenario);
    command.addAll(List.of(more));
    return new Jvm(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /**
   * The test classpath without the pool that some tests lend connections from and the SLF4J it
   * brings: an application of Strata and a driver alone, whose driver logs to the console (with
   * SLF4J present and no provider, MariaDB's driver would log nothing, and a test that reads its
   * log would find nothing to see).
   */
  private static String applicationClassPath() {
    StringJoiner path = new StringJoiner(File.pathSeparator);
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String file = Path.of(entry).getFileName().toString();
      if (!file.startsWith("slf4j-") && !file.startsWith("HikariCP-")) {
        path.add(entry);
      }
    }
    return path.toString();
  }

  /** Reads output until a line equals {@code line}; fails if the process ends first. */
  public void awaitLine(String line) throws IOException {
    awaitLineStartingWith(line, true);
  }

  /**
   * Reads output until a line starts with {@code start}, such as a log message's; fails if the
   * process ends first.
   */
  public void awaitLineStartingWith(String start) throws IOException {
    awaitLineStartingWith(start, false);
  }

  private void awaitLineStartingWith(String start, boolean whole) throws IOException {
    String read;
    while ((read = output.readLine()) != null) {
      lines.add(read);
      if (whole ? read.equals(start) : read.startsWith(start)) {
        return;
      }
    }
    throw new IllegalStateException("Process ended before printing " + start + ": " + lines);
  }

  /** Waits for the process to end and returns its last output line. */
  public String result() throws IOException, InterruptedException {
    String read;
    while ((read = output.readLine()) != null) {
      lines.add(read);
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("Process did not end: " + lines);
    }
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }

  /**
   * As {@code kill -9}: the process gets no chance to clean up. What it printed before stays
   * readable through {@link #result()}.
   */
  public void kill() throws InterruptedException {
    // through the handle: Process.destroyForcibly() would also close the output not yet read
    process.toHandle().destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
