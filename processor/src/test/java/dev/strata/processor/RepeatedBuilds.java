package dev.strata.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * The successful builds of {@link CompiledHistory} in this test JVM, by their inputs, so that a
 * test run once per database compiles each version of its model once, not once per database. The
 * processor's output is a function of the sources, the options and the files in the snapshot folder
 * alone (byte-for-byte deterministic, as {@code DeterminismTest} checks), so a build with the same
 * three is not run again: the files it left in its snapshot folder are written to this one and its
 * compilation, with its generated files and diagnostics, is returned. Held softly: the JVM drops a
 * build when it needs the memory, and the next one with those inputs compiles again.
 */
final class RepeatedBuilds {

  /** The inputs of one build; the snapshot folder's files by relative path, bytes as Latin-1. */
  private record Inputs(
      List<String> options, List<String> sources, Map<String, String> snapshotFiles) {}

  private record Build(Compilation compilation, Map<String, String> snapshotFiles) {}

  private static final Map<Inputs, SoftReference<Build>> BUILDS = new ConcurrentHashMap<>();

  private RepeatedBuilds() {}

  /**
   * The compilation of {@code sources} with {@code options} against {@code snapshots}: {@code
   * build}'s, or that of an earlier build with the same inputs, whose snapshot files are then
   * written to {@code snapshots} as that build wrote them to its own folder.
   */
  static Compilation compile(
      Path snapshots,
      List<String> options,
      List<JavaFileObject> sources,
      Supplier<Compilation> build) {
    Inputs inputs = new Inputs(List.copyOf(options), texts(sources), files(snapshots));
    SoftReference<Build> earlier = BUILDS.get(inputs);
    Build done = earlier == null ? null : earlier.get();
    if (done != null) {
      write(snapshots, inputs.snapshotFiles(), done.snapshotFiles());
      return done.compilation();
    }
    Compilation compilation = build.get();
    if (compilation.status() == Compilation.Status.SUCCESS) {
      BUILDS.put(inputs, new SoftReference<>(new Build(compilation, files(snapshots))));
    }
    return compilation;
  }

  private static List<String> texts(List<JavaFileObject> sources) {
    List<String> texts = new ArrayList<>();
    for (JavaFileObject source : sources) {
      try {
        texts.add(source.toUri() + "\n" + source.getCharContent(true));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return texts;
  }

  private static Map<String, String> files(Path folder) {
    // sorted: two folders with the same files must give equal keys
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(
            folder.relativize(path).toString(),
            new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Turns {@code folder}, holding {@code before}, into {@code after}. */
  private static void write(Path folder, Map<String, String> before, Map<String, String> after) {
    try {
      for (String gone : before.keySet()) {
        if (!after.containsKey(gone)) {
          Files.delete(folder.resolve(gone));
        }
      }
      for (Map.Entry<String, String> file : after.entrySet()) {
        if (!file.getValue().equals(before.get(file.getKey()))) {
          Path target = folder.resolve(file.getKey());
          Files.createDirectories(target.getParent());
          Files.write(target, file.getValue().getBytes(StandardCharsets.ISO_8859_1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
