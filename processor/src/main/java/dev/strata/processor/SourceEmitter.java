package dev.strata.processor;

import com.palantir.javapoet.JavaFile;
import dev.strata.processor.writer.MigrationIndexWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Hands generated sources and the service registration to the compiler through the {@link Filer},
 * each tied to the view classes it was derived from.
 */
final class SourceEmitter {

  private final Filer filer;

  SourceEmitter(Filer filer) {
    this.filer = filer;
  }

  /**
   * A generated source and the classes being compiled that it came from.
   *
   * @param qualifiedName the generated class's qualified name
   * @param text the whole source, as {@link #text} gives it: generated now or kept by the cache
   */
  record Source(String qualifiedName, String text, List<? extends Element> origins) {
    Source {
      origins = List.copyOf(origins);
    }

    static Source of(JavaFile file, List<? extends Element> origins) {
      String name =
          file.packageName().isEmpty()
              ? file.typeSpec().name()
              : file.packageName() + "." + file.typeSpec().name();
      return new Source(name, SourceEmitter.text(file), origins);
    }
  }

  /** The text of a generated file, stated once so that a cached source is the same bytes. */
  static String text(JavaFile file) {
    return JavaFile.builder(file.packageName(), file.typeSpec())
        .skipJavaLangImports(true)
        .build()
        .toString();
  }

  void emit(List<Source> sources) throws IOException {
    for (Source source : sources) {
      // incremental builds need to know which classes a generated file came from
      JavaFileObject file =
          filer.createSourceFile(source.qualifiedName(), source.origins().toArray(new Element[0]));
      try (Writer writer = file.openWriter()) {
        writer.write(source.text());
      }
    }
  }

  /**
   * Emits the sources of a chain, the service file that registers its index, and the classes that
   * declared its views and entities.
   */
  void emitChain(ChainGenerator.Sources sources, DeclaringClasses declaring) throws IOException {
    emit(sources.files());
    Source index = sources.files().get(sources.files().size() - 1);
    emitServiceFile(sources.indexClass(), index.origins());
    declaring.write(filer, index.origins());
  }

  private void emitServiceFile(String indexClass, List<? extends Element> originatingElements)
      throws IOException {
    FileObject file =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT,
            "",
            MigrationIndexWriter.SERVICE_FILE,
            originatingElements.toArray(new Element[0]));
    try (Writer writer = file.openWriter()) {
      writer.write(indexClass + "\n");
    }
  }
}
