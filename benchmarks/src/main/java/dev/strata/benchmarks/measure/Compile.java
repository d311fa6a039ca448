package dev.strata.benchmarks.measure;

import dev.strata.benchmarks.fork.Report;
import dev.strata.benchmarks.profile.StackSampler;
import dev.strata.benchmarks.scenario.CompileJob;
import dev.strata.benchmarks.scenario.Folders;
import dev.strata.benchmarks.scenario.Javac;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;

/**
 * Compiles a folder of view classes with javac in this JVM, with or without Strata's processor, and
 * reports the whole compilation's time and the part spent inside the processor. Each compilation
 * starts from empty output folders and a fresh copy of the snapshot folder, so that every one does
 * the same work. Arguments: sources folder, work folder, snapshot template folder or {@code -} for
 * none, classpath, processor path or {@code -} for {@code -proc:none}, warm-up compilations,
 * measured compilations, and {@link #KEEP_CACHE} to leave the processor's cache ({@code
 * strata-cache/} beside the classes) for the next JVM, {@code -} to delete it with the rest. With
 * {@link StackSampler#PROPERTY} set, the compiling thread is sampled.
 */
public final class Compile {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final String FOCUS = "dev.strata.processor";

  /** The last argument that keeps the processor's cache beside the classes between JVMs. */
  public static final String KEEP_CACHE = "keep-cache";

  private static final String CACHE_FOLDER = "strata-cache";

  private Compile() {}

  public static void main(String[] args) throws Exception {
    List<Path> sources = Folders.files(Path.of(args[0]), ".java");
    Path work = Path.of(args[1]);
    Path template = args[2].equals("-") ? null : Path.of(args[2]);
    List<Path> classpath = paths(args[3]);
    List<Path> processorPath = args[4].equals("-") ? List.of() : paths(args[4]);
    int warmups = Integer.parseInt(args[5]);
    int samples = Integer.parseInt(args[6]);
    boolean keepCache = args.length > 7 && args[7].equals(KEEP_CACHE);
    try (StackSampler sampler = StackSampler.fromProperty(FOCUS)) {
      compile(sources, work, template, classpath, processorPath, warmups, samples);
    }
    for (String folder : List.of("snapshots", "classes", "generated")) {
      Folders.deleteTree(work.resolve(folder));
    }
    if (!keepCache) {
      Folders.deleteTree(work);
    }
  }

  private static void compile(
      List<Path> sources,
      Path work,
      Path template,
      List<Path> classpath,
      List<Path> processorPath,
      int warmups,
      int samples)
      throws IOException {
    for (int i = 0; i < warmups + samples; i++) {
      Path snapshots = Folders.fresh(work.resolve("snapshots"));
      if (template != null) {
        Folders.copyFiles(template, snapshots);
      }
      int snapshotsBefore = Folders.files(snapshots, ".json").size();
      CompileJob job =
          new CompileJob(
              sources,
              Folders.fresh(work.resolve("classes")),
              Folders.fresh(work.resolve("generated")),
              classpath,
              processorPath,
              List.of("-Astrata.snapshots=" + snapshots.toAbsolutePath()));
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      List<TimedProcessor> processors = processors(processorPath);
      Javac.compile(job, processors);
      long nanos = System.nanoTime() - start;
      if (i >= warmups) {
        Report.print("nanos", nanos);
        Report.print("processorNanos", processors.stream().mapToLong(TimedProcessor::nanos).sum());
        Report.print("filerNanos", processors.stream().mapToLong(TimedProcessor::filerNanos).sum());
        // CPU time of the compiling thread: the work itself, which load on a shared machine spares
        Report.print("cpuNanos", THREADS.getCurrentThreadCpuTime() - cpuStart);
        Report.print(
            "processorCpuNanos", processors.stream().mapToLong(TimedProcessor::cpuNanos).sum());
        Report.print(
            "filerCpuNanos", processors.stream().mapToLong(TimedProcessor::filerCpuNanos).sum());
        Report.print(
            "snapshotsWritten", Folders.files(snapshots, ".json").size() - snapshotsBefore);
        Report.print("classes", Folders.files(work.resolve("classes"), ".class").size());
      }
    }
  }

  /**
   * The processors on the processor path, each timed; loaded afresh for every compilation, as a
   * build tool does, and inside the measured time, as javac's own discovery would be.
   */
  private static List<TimedProcessor> processors(List<Path> processorPath) throws IOException {
    if (processorPath.isEmpty()) {
      return List.of();
    }
    URL[] urls = new URL[processorPath.size()];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = processorPath.get(i).toUri().toURL();
    }
    ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    List<TimedProcessor> processors = new ArrayList<>();
    for (Processor processor : ServiceLoader.load(Processor.class, loader)) {
      processors.add(new TimedProcessor(processor));
    }
    return processors;
  }

  private static List<Path> paths(String joined) {
    return Arrays.stream(joined.split(File.pathSeparator)).map(Path::of).toList();
  }
}
