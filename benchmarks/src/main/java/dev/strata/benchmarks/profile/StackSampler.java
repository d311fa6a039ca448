package dev.strata.benchmarks.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * A wall-clock sampler: a daemon thread takes one thread's stack every few milliseconds and counts,
 * over the samples with code of a focus package on the stack, which of its methods were on the
 * stack (inclusive), what was executing at the top (self) and whose time the sample was ({@link
 * Attribution}). Unlike Flight Recorder's execution samples it also sees time spent loading classes
 * or waiting, which dominates a cold compilation.
 */
public final class StackSampler implements AutoCloseable {

  /** Names the file a measured JVM samples its main thread into; unset, nothing is sampled. */
  public static final String PROPERTY = "bench.profile";

  /** Often enough for a start of a few hundred milliseconds, rarely enough to cost little. */
  public static final long INTERVAL_NANOS = 1_000_000;

  private final Thread target;
  private final String focus;
  private final Path output;
  private final Thread sampler;
  private volatile boolean running = true;
  private int total;
  private int focused;
  private final Map<String, Integer> inclusive = new HashMap<>();
  private final Map<String, Integer> self = new HashMap<>();
  private final Map<String, Integer> libraries = new HashMap<>();
  private final Map<Owner, Integer> owners = new EnumMap<>(Owner.class);

  /** Starts sampling {@code target}; {@link #close()} stops and writes the counts to a file. */
  public StackSampler(Thread target, String focus, Path output) {
    this.target = target;
    this.focus = focus;
    this.output = output;
    this.sampler = new Thread(this::sample, "stack-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /**
   * A sampler of the calling thread into the file {@link #PROPERTY} names, or null (which
   * try-with-resources accepts) when it is not set.
   */
  public static StackSampler fromProperty(String focus) {
    String file = System.getProperty(PROPERTY);
    return file == null ? null : new StackSampler(Thread.currentThread(), focus, Path.of(file));
  }

  private void sample() {
    while (running) {
      record(target.getStackTrace());
      LockSupport.parkNanos(INTERVAL_NANOS);
    }
  }

  private synchronized void record(StackTraceElement[] stack) {
    total++;
    Set<String> methods = new LinkedHashSet<>();
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().startsWith(focus)) {
        methods.add(name(frame));
      }
    }
    if (methods.isEmpty() || stack.length == 0) {
      return;
    }
    focused++;
    methods.forEach(method -> inclusive.merge(method, 1, Integer::sum));
    self.merge(name(stack[0]), 1, Integer::sum);
    libraries.merge(Libraries.of(stack[0].getClassName()), 1, Integer::sum);
    owners.merge(Attribution.of(classNames(stack)), 1, Integer::sum);
  }

  private static List<String> classNames(StackTraceElement[] stack) {
    List<String> names = new ArrayList<>(stack.length);
    for (StackTraceElement frame : stack) {
      names.add(frame.getClassName());
    }
    return names;
  }

  private static String name(StackTraceElement frame) {
    String type = frame.getClassName();
    int lambda = type.indexOf("$$Lambda");
    if (lambda >= 0) {
      // the generated suffix differs from JVM to JVM; without it, runs add up
      type = type.substring(0, lambda + "$$Lambda".length());
    }
    return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName();
  }

  @Override
  public void close() throws IOException {
    running = false;
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<String> lines = new ArrayList<>();
    synchronized (this) {
      lines.add("total " + total);
      lines.add("focused " + focused);
      inclusive.forEach((method, count) -> lines.add("inclusive " + count + " " + method));
      self.forEach((method, count) -> lines.add("self " + count + " " + method));
      libraries.forEach((library, count) -> lines.add("library " + count + " " + library));
      owners.forEach((owner, count) -> lines.add("owner " + count + " " + owner.name()));
    }
    Files.write(output, lines, StandardCharsets.UTF_8);
  }
}
