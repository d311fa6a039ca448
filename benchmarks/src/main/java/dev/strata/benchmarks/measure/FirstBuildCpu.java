package dev.strata.benchmarks.measure;

import dev.strata.benchmarks.fork.ForkedJvm;
import dev.strata.benchmarks.fork.Report;
import dev.strata.benchmarks.scenario.CompileJob;
import dev.strata.benchmarks.scenario.Folders;
import dev.strata.benchmarks.scenario.Javac;
import dev.strata.benchmarks.scenario.ViewSources;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A first build of N views, measured by the whole process's CPU time as well as elapsed time, one
 * fresh JVM per sample, the cases taking turns. Process CPU time counts javac, the processor's
 * parse lanes, the JIT compilers and the collector, and it does not grow when other work shares the
 * machine, unlike elapsed time.
 *
 * <p>Usage: {@code FirstBuildCpu WORK N ROUNDS CASE...} where each case is {@code javac} (the views
 * with {@code -proc:none}), {@code strata=JAR} (the views with the processor, {@code JAR} standing
 * for {@code strata-processor} on the processor path) or {@code generated=FOLDER} (the sources in
 * {@code FOLDER}, copied out of a build, with {@code -proc:none} against the views' classes) or
 * {@code javac+generated=FOLDER} (the views and those sources together, {@code -proc:none}). The
 * library jars are those of {@code benchmarks/target/lib}. With {@code -Dkeep=FOLDER}, each {@code
 * strata=} case's first build leaves its generated sources and snapshots in {@code FOLDER/<case
 * index>}, for comparing two processors' output.
 */
public final class FirstBuildCpu {

  private static final Path LIB = Path.of("benchmarks/target/lib");

  private static final String PROCESSOR_JAR = "strata-processor-";

  private FirstBuildCpu() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("child")) {
      child(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    Path work = Path.of(args[0]).toAbsolutePath();
    int views = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    List<String> cases = List.of(args).subList(3, args.length);
    Path sources = work.resolve("views");
    Folders.deleteTree(sources);
    ViewSources.write(sources, views);
    Path viewClasses = Folders.fresh(work.resolve("view-classes"));
    Javac.compile(
        new CompileJob(
            Folders.files(sources, ".java"),
            viewClasses,
            Folders.fresh(work.resolve("g")),
            classpath(),
            List.of(),
            List.of()));
    Map<String, List<long[]>> samples = new LinkedHashMap<>();
    ForkedJvm jvm = new ForkedJvm(List.of(), work.resolve("logs"));
    String keep = System.getProperty("keep");
    // the harness's own classes only: the libraries reach javac through its options
    Path ownClasses = Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0]);
    ownClasses = ownClasses.toAbsolutePath();
    for (int round = 0; round < rounds; round++) {
      for (int c = 0; c < cases.size(); c++) {
        String name = cases.get(c);
        List<String> childArgs = new ArrayList<>(List.of("child", work.toString(), name));
        childArgs.add(sources.toString());
        childArgs.add(viewClasses.toString());
        childArgs.add(
            round == 0 && keep != null ? Path.of(keep, String.valueOf(c)).toString() : "-");
        ForkedJvm.Outcome outcome =
            jvm.run(List.of(ownClasses), List.of(), FirstBuildCpu.class, childArgs);
        record(samples, name, outcome);
        long[] last = samples.get(name).get(samples.get(name).size() - 1);
        System.out.printf(
            "round %d %-40s cpu %,7d ms  compile elapsed %,7d ms  process elapsed %,7d ms"
                + "  allocated %,6d MB%n",
            round, name, last[0], last[1], last[2], last[3]);
      }
    }
    System.out.println("medians over " + rounds + " rounds:");
    for (Map.Entry<String, List<long[]>> entry : samples.entrySet()) {
      System.out.printf(
          "%-40s process cpu %,7d ms (%s)  compile elapsed %,7d ms  process elapsed %,7d ms"
              + "  allocated by javac's thread %,6d MB%n",
          entry.getKey(),
          median(entry.getValue(), 0),
          range(entry.getValue(), 0),
          median(entry.getValue(), 1),
          median(entry.getValue(), 2),
          median(entry.getValue(), 3));
    }
  }

  private static void record(
      Map<String, List<long[]>> samples, String name, ForkedJvm.Outcome outcome) {
    Report report = outcome.results();
    samples
        .computeIfAbsent(name, k -> new ArrayList<>())
        .add(
            new long[] {
              report.one("processCpuNanos") / 1_000_000,
              report.one("nanos") / 1_000_000,
              outcome.wallNanos() / 1_000_000,
              report.one("allocatedBytes") / 1_000_000
            });
  }

  private static long median(List<long[]> values, int column) {
    long[] sorted = values.stream().mapToLong(v -> v[column]).sorted().toArray();
    return sorted.length % 2 == 1
        ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  private static String range(List<long[]> values, int column) {
    long[] sorted = values.stream().mapToLong(v -> v[column]).sorted().toArray();
    return String.format("%,d–%,d, n=%d", sorted[0], sorted[sorted.length - 1], sorted.length);
  }

  /** One compilation in this JVM, then this process's CPU time so far. */
  private static void child(String[] args) throws Exception {
    long start = System.nanoTime();
    Path work = Path.of(args[0]);
    String name = args[1];
    Path sources = Path.of(args[2]);
    Path viewClasses = Path.of(args[3]);
    Path keep = args[4].equals("-") ? null : Path.of(args[4]);
    Path run = Folders.fresh(work.resolve("run-" + ProcessHandle.current().pid()));
    Path classes = Folders.fresh(run.resolve("classes"));
    Path generated = Folders.fresh(run.resolve("generated"));
    Path snapshots = Folders.fresh(run.resolve("snapshots"));
    CompileJob job;
    if (name.equals("javac")) {
      job =
          new CompileJob(
              Folders.files(sources, ".java"),
              classes,
              generated,
              classpath(),
              List.of(),
              List.of());
    } else if (name.startsWith("strata=")) {
      List<Path> processorPath = new ArrayList<>();
      processorPath.add(Path.of(name.substring("strata=".length())));
      for (Path jar : Folders.files(LIB, ".jar")) {
        if (!jar.getFileName().toString().startsWith(PROCESSOR_JAR)) {
          processorPath.add(jar);
        }
      }
      job =
          new CompileJob(
              Folders.files(sources, ".java"),
              classes,
              generated,
              classpath(),
              processorPath,
              List.of("-Astrata.snapshots=" + snapshots.toAbsolutePath()));
    } else if (name.startsWith("javac+generated=")) {
      List<Path> both = new ArrayList<>(Folders.files(sources, ".java"));
      both.addAll(Folders.files(Path.of(name.substring("javac+generated=".length())), ".java"));
      job = new CompileJob(both, classes, generated, classpath(), List.of(), List.of());
    } else if (name.startsWith("generated=")) {
      List<Path> cp = new ArrayList<>(classpath());
      cp.add(viewClasses);
      job =
          new CompileJob(
              Folders.files(Path.of(name.substring("generated=".length())), ".java"),
              classes,
              generated,
              cp,
              List.of(),
              List.of());
    } else {
      throw new IllegalArgumentException("Unknown case " + name);
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    long compileStart = System.nanoTime();
    Javac.compile(job);
    long compileNanos = System.nanoTime() - compileStart;
    // the compiling thread's: the processor's parse lanes have ended by now and are not counted
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    long cpu =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    Report.print("processCpuNanos", cpu);
    Report.print("nanos", compileNanos);
    Report.print("allocatedBytes", allocated);
    Report.print("childNanos", System.nanoTime() - start);
    if (Boolean.getBoolean("threads")) {
      printThreadCpu();
    }
    if (keep != null) {
      Folders.deleteTree(keep);
      Files.createDirectories(keep);
      Files.move(generated, keep.resolve("generated"));
      Files.move(snapshots, keep.resolve("snapshots"));
    }
    Folders.deleteTree(run);
  }

  /**
   * The CPU time of every thread of this process, JIT compilers and collector included, from {@code
   * /proc} on Linux, summed by name with the numbers taken out.
   */
  private static void printThreadCpu() throws IOException {
    Map<String, Long> ticks = new java.util.TreeMap<>();
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : tasks.toList()) {
        String stat = Files.readString(task.resolve("stat"));
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        ticks.merge(name.replaceAll("[0-9]+", "N"), used, Long::sum);
      }
    }
    // clock ticks of 10 ms on Linux
    ticks.forEach((name, used) -> System.err.printf("thread cpu %6d ms %s%n", used * 10, name));
  }

  /** {@code strata-annotations} and {@code strata-runtime}, what the views compile against. */
  private static List<Path> classpath() throws IOException {
    List<Path> jars = new ArrayList<>();
    for (Path jar : Folders.files(LIB, ".jar")) {
      String file = jar.getFileName().toString();
      if (file.startsWith("strata-annotations-") || file.startsWith("strata-runtime-")) {
        jars.add(jar.toAbsolutePath());
      }
    }
    return jars;
  }
}
