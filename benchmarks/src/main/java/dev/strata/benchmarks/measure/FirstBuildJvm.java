package dev.strata.benchmarks.measure;

import dev.strata.benchmarks.fork.Report;
import dev.strata.benchmarks.scenario.CompileJob;
import dev.strata.benchmarks.scenario.Folders;
import dev.strata.benchmarks.scenario.Javac;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One compilation of {@link FirstBuildCpu}'s, in this fresh JVM, then this process's CPU time so
 * far, the compilation's elapsed time and the bytes javac's thread allocated during it. Arguments:
 * work folder, case, view sources, the views' classes, and a folder to keep the generated sources
 * and snapshots in, or {@code -}. A case is {@code javac} (the views, {@code -proc:none}), {@code
 * strata=JAR} (the views with {@code JAR} standing for {@code strata-processor} among the jars of
 * {@code benchmarks/target/lib} on the processor path), {@code generated=FOLDER} (the sources in
 * {@code FOLDER}, copied out of a build, {@code -proc:none}, against the views' classes) or {@code
 * javac+generated=FOLDER} (the views and those sources in one {@code -proc:none} compilation). With
 * {@code -Dthreads=true}, each thread's CPU time goes to standard error.
 */
public final class FirstBuildJvm {

  private static final Path LIB = Path.of("benchmarks/target/lib");

  private FirstBuildJvm() {}

  public static void main(String[] args) throws Exception {
    Path run = Folders.fresh(Path.of(args[0]).resolve("run-" + ProcessHandle.current().pid()));
    Path generated = Folders.fresh(run.resolve("generated"));
    Path snapshots = Folders.fresh(run.resolve("snapshots"));
    CompileJob job =
        job(
            args[1],
            Path.of(args[2]),
            Path.of(args[3]),
            run,
            generated,
            snapshots.toAbsolutePath());
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    Javac.compile(job);
    long nanos = System.nanoTime() - start;
    // javac's thread alone: the processor's parse lanes have ended by now and are not counted
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    Report.print(
        "processCpuNanos",
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime());
    Map<String, Long> threadCpu = threadCpuMillis();
    // the JIT's compiler threads, which compile javac's, the processor's and its libraries' hot
    // code while javac runs: process CPU time that no thread of the build shows
    Report.print("jitNanos", threadCpu.getOrDefault("CN CompilerThre", 0L) * 1_000_000);
    Report.print("nanos", nanos);
    Report.print("allocatedBytes", allocated);
    if (Boolean.getBoolean("threads")) {
      threadCpu.forEach((name, used) -> System.err.printf("thread cpu %6d ms %s%n", used, name));
    }
    if (!args[4].equals("-")) {
      Path keep = Folders.fresh(Path.of(args[4]));
      Files.move(generated, keep.resolve("generated"));
      Files.move(snapshots, keep.resolve("snapshots"));
    }
    Folders.deleteTree(run);
  }

  private static CompileJob job(
      String name, Path sources, Path viewClasses, Path run, Path generated, Path snapshots)
      throws IOException {
    Path classes = Folders.fresh(run.resolve("classes"));
    List<Path> views = Folders.files(sources, ".java");
    String argument = name.substring(name.indexOf('=') + 1);
    if (name.equals("javac")) {
      return new CompileJob(views, classes, generated, classpath(), List.of(), List.of());
    } else if (name.startsWith("strata=")) {
      List<Path> processorPath = new ArrayList<>(List.of(Path.of(argument)));
      for (Path jar : Folders.files(LIB, ".jar")) {
        if (!jar.getFileName().toString().startsWith("strata-processor-")) {
          processorPath.add(jar);
        }
      }
      List<String> options = List.of("-Astrata.snapshots=" + snapshots);
      return new CompileJob(views, classes, generated, classpath(), processorPath, options);
    } else if (name.startsWith("javac+generated=")) {
      List<Path> both = new ArrayList<>(views);
      both.addAll(Folders.files(Path.of(argument), ".java"));
      return new CompileJob(both, classes, generated, classpath(), List.of(), List.of());
    } else if (name.startsWith("generated=")) {
      List<Path> against = new ArrayList<>(classpath());
      against.add(viewClasses);
      List<Path> files = Folders.files(Path.of(argument), ".java");
      return new CompileJob(files, classes, generated, against, List.of(), List.of());
    }
    throw new IllegalArgumentException("Unknown case " + name);
  }

  /** {@code strata-annotations} and {@code strata-runtime}, what the views compile against. */
  static List<Path> classpath() throws IOException {
    List<Path> jars = new ArrayList<>();
    for (Path jar : Folders.files(LIB, ".jar")) {
      String file = jar.getFileName().toString();
      if (file.startsWith("strata-annotations-") || file.startsWith("strata-runtime-")) {
        jars.add(jar.toAbsolutePath());
      }
    }
    return jars;
  }

  /**
   * The CPU time of every thread of this process, JIT compilers and collector included, from {@code
   * /proc} (Linux), summed by name with the numbers taken out.
   */
  /**
   * The CPU time of this process's living threads, by name with digits as {@code N} (so the JIT's
   * C1 and C2 threads are one "CN CompilerThre", as the kernel truncates names), in milliseconds.
   */
  private static Map<String, Long> threadCpuMillis() throws IOException {
    Map<String, Long> ticks = new TreeMap<>();
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : tasks.toList()) {
        String stat = Files.readString(task.resolve("stat"));
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        ticks.merge(name.replaceAll("[0-9]+", "N"), used, Long::sum);
      }
    }
    // utime and stime are in clock ticks, 10 ms on Linux
    ticks.replaceAll((name, used) -> used * 10);
    return ticks;
  }
}
