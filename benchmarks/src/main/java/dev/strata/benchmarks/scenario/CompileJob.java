package dev.strata.benchmarks.scenario;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One javac invocation: which sources, where the output goes, and whether Strata's processor runs.
 *
 * @param sources the Java files to compile
 * @param classes the class output folder, which must exist
 * @param generated the generated-sources folder, which must exist
 * @param classpath what the sources compile against
 * @param processorPath the processor's jars; empty to compile with {@code -proc:none}
 * @param processorOptions {@code -A} options, such as {@code -Astrata.snapshots=DIR}
 */
public record CompileJob(
    List<Path> sources,
    Path classes,
    Path generated,
    List<Path> classpath,
    List<Path> processorPath,
    List<String> processorOptions) {

  public CompileJob {
    sources = List.copyOf(sources);
    classpath = List.copyOf(classpath);
    processorPath = List.copyOf(processorPath);
    processorOptions = List.copyOf(processorOptions);
  }

  public boolean runsProcessor() {
    return !processorPath.isEmpty();
  }

  /** The command-line options, as {@code javac} takes them. */
  public List<String> options() {
    List<String> options = new ArrayList<>();
    options.addAll(List.of("--release", "17", "-encoding", "UTF-8", "-implicit:none"));
    options.addAll(List.of("-d", classes.toString(), "-s", generated.toString()));
    options.addAll(List.of("-cp", joined(classpath)));
    if (runsProcessor()) {
      options.addAll(List.of("-processorpath", joined(processorPath)));
      options.addAll(processorOptions);
    } else {
      options.add("-proc:none");
    }
    return options;
  }

  private static String joined(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
