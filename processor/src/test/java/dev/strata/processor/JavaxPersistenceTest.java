package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.snapshot.SnapshotStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JPA 2's {@code javax.persistence} annotations work wherever JPA 3's {@code jakarta.persistence}
 * ones do: entities become tables, {@code @Table} names a view, and view entities are checked.
 */
class JavaxPersistenceTest {

  @TempDir Path snapshots;

  @Test
  void javaxEntitiesAreTablesAndJavaxTableNamesAView() throws Exception {
    Compilation compilation =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.tables=true")
            .compile(sources("LegacyCustomer", "LegacyTotal"));

    assertThat(compilation).succeeded();
    // the one warning: reverting the version that creates the table drops its rows
    assertEquals(
        List.of(
            "Reverting version 1 loses data for good: its downgrade drops table legacy_customers"
                + " and every row in it. strata downgrade asks for --allow-data-loss before it"
                + " runs one, and the runtime logs a warning; back the data up before reverting it"),
        compilation.warnings().stream().map(warning -> warning.getMessage(null)).toList());
    assertTrue(
        compilation.notes().stream()
            .noneMatch(note -> note.getMessage(null).contains("declares no JPA entities")),
        "the views' SQL ran against the javax entity's table");
    Schema schema = new SnapshotStore(snapshots).read().newestSchema();
    TableDefinition customers = schema.table("legacy_customers").orElseThrow();
    assertEquals(
        List.of(
            new ColumnDefinition("id", "BIGINT", false),
            new ColumnDefinition("name", "VARCHAR(80)", false)),
        customers.columns());
    assertEquals(List.of("id"), customers.primaryKey());
    assertTrue(schema.view("legacy_totals").isPresent(), schema.toString());
  }

  @Test
  void aJavaxViewEntityHasItsFieldsCheckedAgainstTheView() {
    List<JavaFileObject> sources = sources("LegacyCustomer", "LegacyCustomerName");
    Compilation compilation = new StrataCompiler(snapshots).compile(sources);

    assertThat(compilation)
        .hadErrorContaining(
            "Field email maps to column email, which view legacy_customer_names does not return")
        .inFile(sources.get(sources.size() - 1))
        .onLineContaining("private String email;");
    // its @Table names the view, so the name check finds nothing to say
    assertThat(compilation).hadErrorCount(1);
  }

  /** The named classes of {@code jpa/javax/}, after the stand-ins for JPA 2's annotations. */
  private static List<JavaFileObject> sources(String... classes) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String stub : List.of("Entity", "Table", "Id", "Column")) {
      sources.add(JavaFileObjects.forResource("jpa/javax/stubs/" + stub + ".java"));
    }
    for (String name : classes) {
      sources.add(JavaFileObjects.forResource("jpa/javax/" + name + ".java"));
    }
    return sources;
  }
}
