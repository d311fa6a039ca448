package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code @View} on a class that another annotation processor generates reaches javac only in a
 * later round, after Strata recorded the schema of the first: it is refused on that class, and the
 * snapshot the first round wrote is removed, rather than the view being left out of the history (or
 * dropped from it) without a word.
 */
class GeneratedViewClassesTest {

  private static final String ACTIVE_USERS = "SELECT id, email FROM users WHERE active = TRUE";

  @TempDir Path snapshots;

  @Test
  void aViewOnAClassAnotherProcessorGeneratesIsAnErrorOnThatClass() throws IOException {
    Compilation compilation =
        compileWith(new GeneratingProcessor("generated_views", "SELECT id FROM users"));

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "View generated_views is declared on a class that another annotation processor"
                + " generated");
    // on that class, which has no file javac was given
    org.junit.jupiter.api.Assertions.assertEquals(
        List.of("/SOURCE_OUTPUT/com/example/GeneratedView.java"),
        compilation.errors().stream().map(error -> error.getSource().getName()).toList());
    assertThat(compilation).hadNoteContaining("Strata removed snapshot 0001-");
    Assertions.assertSnapshotVersions(snapshots);
  }

  @Test
  void aGeneratedCopyOfAViewTheSourcesDeclareAlikeIsLeftAlone() throws IOException {
    Compilation compilation = compileWith(new GeneratingProcessor("active_users", ACTIVE_USERS));

    assertThat(compilation).succeeded();
    Assertions.assertSnapshotVersions(snapshots, "0001");
  }

  @Test
  void aGeneratedClassWithAnotherQueryUnderASourceViewsNameIsRefused() throws IOException {
    Compilation compilation =
        compileWith(new GeneratingProcessor("active_users", "SELECT id FROM users"));

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "View active_users is declared on a class that another annotation processor"
                + " generated");
    Assertions.assertSnapshotVersions(snapshots);
  }

  private Compilation compileWith(GeneratingProcessor other) {
    return javac()
        .withProcessors(new StrataProcessor(), other)
        .withOptions("-Astrata.snapshots=" + snapshots, "-Astrata.cache=false")
        .compile(JavaFileObjects.forResource("good/create/ActiveUser.java"));
  }

  /** Generates, in the first round, one class that declares view {@code name} with {@code sql}. */
  private static final class GeneratingProcessor extends AbstractProcessor {

    private final String name;
    private final String sql;
    private boolean done;

    GeneratingProcessor(String name, String sql) {
      this.name = name;
      this.sql = sql;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done || round.processingOver()) {
        return false;
      }
      done = true;
      try (Writer source =
          processingEnv.getFiler().createSourceFile("com.example.GeneratedView").openWriter()) {
        source.write(
            "package com.example;\n\n"
                + "@dev.strata.View(name = \""
                + name
                + "\", sql = \""
                + sql
                + "\")\n"
                + "public class GeneratedView {}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }
}
