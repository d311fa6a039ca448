package dev.strata.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles test sources with Strata's processor against one snapshot folder. */
final class StrataCompiler {

  private final Path snapshots;
  private final List<String> options = new ArrayList<>();
  private final List<File> extraClasspath = new ArrayList<>();

  StrataCompiler(Path snapshots) {
    this.snapshots = snapshots;
  }

  StrataCompiler withOption(String option) {
    options.add(option);
    return this;
  }

  /** Adds a folder of compiled classes, as an earlier build leaves them in target/classes. */
  StrataCompiler withClassesIn(Path folder) {
    extraClasspath.add(folder.toFile());
    return this;
  }

  /** Compiles the resources under {@code src/test/resources/}, such as {@code good/v1/A.java}. */
  Compilation compileResources(String... resources) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String resource : resources) {
      sources.add(JavaFileObjects.forResource(resource));
    }
    return compile(sources);
  }

  Compilation compile(List<JavaFileObject> sources) {
    List<String> allOptions = new ArrayList<>();
    allOptions.add("-Astrata.snapshots=" + snapshots);
    // in-memory output has no folder to keep a cache in, and finding that out would add a probe
    // file to the outputs; BuildCacheTest builds on disk
    allOptions.add("-Astrata.cache=false");
    allOptions.addAll(options);
    var compiler = javac().withProcessors(new StrataProcessor()).withOptions(allOptions);
    if (!extraClasspath.isEmpty()) {
      List<File> classpath = new ArrayList<>(extraClasspath);
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        classpath.add(new File(entry));
      }
      compiler = compiler.withClasspath(classpath);
    }
    return compiler.compile(sources);
  }
}
