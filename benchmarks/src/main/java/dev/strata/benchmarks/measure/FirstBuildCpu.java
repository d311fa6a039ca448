package dev.strata.benchmarks.measure;

import dev.strata.benchmarks.fork.ForkedJvm;
import dev.strata.benchmarks.fork.Report;
import dev.strata.benchmarks.scenario.CompileJob;
import dev.strata.benchmarks.scenario.Folders;
import dev.strata.benchmarks.scenario.Javac;
import dev.strata.benchmarks.scenario.ViewSources;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A first build of N views, measured by the whole process's CPU time as well as elapsed time and
 * the bytes javac's thread allocates, one fresh JVM ({@link FirstBuildJvm}) per sample, the cases
 * taking turns. Process CPU time counts javac, the processor's parse lanes, the JIT compilers and
 * the collector; the bytes allocated do not depend on the load at all.
 *
 * <p>Usage, from the repository root: {@code FirstBuildCpu WORK N ROUNDS CASE...}, each case one of
 * {@link FirstBuildJvm}'s. With {@code -Dkeep=FOLDER}, the first build of the case at index i
 * leaves its generated sources and snapshots in {@code FOLDER/i}, for comparing two processors'
 * output with {@code diff -r}. With {@code -DjvmOptions="..."}, every sample's JVM gets those
 * options (for instance {@code -XX:TieredStopAtLevel=1}, to see what the JIT's second tier costs).
 */
public final class FirstBuildCpu {

  private static final String[] COLUMNS = {
    "processCpuNanos", "nanos", "wallNanos", "allocatedBytes", "jitNanos"
  };

  private FirstBuildCpu() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]).toAbsolutePath();
    int rounds = Integer.parseInt(args[2]);
    List<String> cases = List.of(args).subList(3, args.length);
    Path sources = work.resolve("views");
    Path viewClasses = prepare(work, sources, Integer.parseInt(args[1]));
    String keep = System.getProperty("keep");
    String jvmOptions = System.getProperty("jvmOptions", "").strip();
    ForkedJvm jvm =
        new ForkedJvm(
            jvmOptions.isEmpty() ? List.of() : List.of(jvmOptions.split("\\s+")),
            work.resolve("logs"));
    // the harness's own classes only: the libraries reach javac through its options
    Path ownClasses =
        Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0])
            .toAbsolutePath();
    Map<String, List<long[]>> samples = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (int c = 0; c < cases.size(); c++) {
        String keepHere = round == 0 && keep != null ? Path.of(keep, "" + c).toString() : "-";
        List<String> childArgs =
            List.of(work.toString(), cases.get(c), sources.toString(), viewClasses.toString());
        List<String> all = new ArrayList<>(childArgs);
        all.add(keepHere);
        long[] sample = sample(jvm.run(List.of(ownClasses), List.of(), FirstBuildJvm.class, all));
        samples.computeIfAbsent(cases.get(c), k -> new ArrayList<>()).add(sample);
        System.out.printf("round %d %-44s %s%n", round, cases.get(c), line(List.of(sample)));
      }
    }
    System.out.println("medians over " + rounds + " rounds, in ms and MB:");
    samples.forEach((name, values) -> System.out.printf("%-52s %s%n", name, line(values)));
  }

  /** Writes the view sources and compiles them once, for the cases that compile against them. */
  private static Path prepare(Path work, Path sources, int views) throws Exception {
    Folders.deleteTree(sources);
    ViewSources.write(sources, views);
    Path viewClasses = Folders.fresh(work.resolve("view-classes"));
    Javac.compile(
        new CompileJob(
            Folders.files(sources, ".java"),
            viewClasses,
            Folders.fresh(work.resolve("view-generated")),
            FirstBuildJvm.classpath(),
            List.of(),
            List.of()));
    return viewClasses;
  }

  /** A JVM's figures in {@link #COLUMNS} order, in milliseconds and megabytes. */
  private static long[] sample(ForkedJvm.Outcome outcome) {
    Report report = outcome.results();
    long[] sample = new long[COLUMNS.length];
    for (int i = 0; i < COLUMNS.length; i++) {
      long value = COLUMNS[i].equals("wallNanos") ? outcome.wallNanos() : report.one(COLUMNS[i]);
      sample[i] = value / 1_000_000;
    }
    return sample;
  }

  private static String line(List<long[]> values) {
    return String.format(
        "process cpu %,7d ms (%s), of it JIT compiling %,6d ms  compile elapsed %,7d ms"
            + "  process elapsed %,7d ms  allocated by javac's thread %,5d MB",
        median(values, 0),
        range(values, 0),
        median(values, 4),
        median(values, 1),
        median(values, 2),
        median(values, 3));
  }

  private static long median(List<long[]> values, int column) {
    long[] sorted = values.stream().mapToLong(v -> v[column]).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static String range(List<long[]> values, int column) {
    long[] sorted = values.stream().mapToLong(v -> v[column]).sorted().toArray();
    return String.format("%,d–%,d, n=%d", sorted[0], sorted[sorted.length - 1], sorted.length);
  }
}
