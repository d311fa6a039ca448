package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hibernate Envers' {@code @Audited} is an error on the annotation, on an entity, one of its fields
 * or a mapped superclass above it: with Envers on the class path Hibernate's export creates an
 * audit table of each audited entity and the revisions' table, which Strata does not create yet
 * (before, the build passed without a word, and Hibernate's validation failed at the start on the
 * missing tables).
 */
class EnversAuditDiagnosticsTest {

  private static final String FOLDER = "oracle/audited/v1";
  private static final String MESSAGE = "Hibernate Envers' @Audited, whose audit tables";

  @TempDir Path snapshots;
  @TempDir Path classes;

  @Test
  void anAuditedEntityFieldOrMappedSuperclassIsAnErrorOnTheAnnotation() {
    List<JavaFileObject> sources =
        MappingCompiler.resources(FOLDER, List.of("Ticket", "Note", "Tracked", "Task"));

    Compilation compilation =
        new MappingCompiler(snapshots).compile(sources, "-Astrata.tables=true");

    for (String audited : List.of("Ticket", "Tracked")) {
      assertThat(compilation)
          .hadErrorContaining(MESSAGE)
          .inFile(MappingCompiler.source(sources, audited))
          .onLineContaining("@Audited");
    }
    assertThat(compilation)
        .hadErrorContaining(MESSAGE)
        .inFile(MappingCompiler.source(sources, "Note"))
        .onLineContaining("@Audited String body");
  }

  @Test
  void hibernatesExportCreatesTheAuditTablesAndTheRevisions() throws Exception {
    String schema =
        PlainClasses.hibernateExport(classes, FOLDER, "org.example.audited", "Ticket", "Note");
    for (String table : List.of("table ticket_aud", "table note_aud", "table revinfo")) {
      assertTrue(schema.contains(table), schema);
    }
  }
}
