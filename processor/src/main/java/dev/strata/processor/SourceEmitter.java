package dev.strata.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.strata.processor.writer.MigrationIndexWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
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

  /** A generated source and the classes being compiled that it came from. */
  record Source(JavaFile file, List<? extends Element> origins) {
    Source {
      origins = List.copyOf(origins);
    }
  }

  void emit(List<Source> sources) throws IOException {
    for (Source source : sources) {
      JavaFile file = source.file();
      TypeSpec.Builder type = file.typeSpec().toBuilder();
      // incremental builds need to know which classes a generated file came from
      source.origins().forEach(type::addOriginatingElement);
      JavaFile.builder(file.packageName(), type.build())
          .skipJavaLangImports(true)
          .build()
          .writeTo(filer);
    }
  }

  void emitServiceFile(String indexClass, List<? extends Element> originatingElements)
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
