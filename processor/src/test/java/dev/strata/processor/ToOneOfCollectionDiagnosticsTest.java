package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code @ManyToOne} or {@code @OneToOne} on a collection ({@code List<Host> hosts}), where
 * {@code @OneToMany} or {@code @ManyToMany} was meant, is an error on the annotation that says so.
 * Hibernate 7.2 starts on it, with one join column to the element's entity, which cannot hold the
 * collection. Before, the error read "cannot tell which column type ...; if an AttributeConverter
 * maps it", advice that did not apply (helper appmodel3 met it).
 */
class ToOneOfCollectionDiagnosticsTest {

  private static final String FOLDER = "jpa/toonecollection";

  @TempDir Path snapshots;
  @TempDir Path classes;

  @Test
  void aToOneOnACollectionIsAnErrorOnTheAnnotation() {
    JavaFileObject party = JavaFileObjects.forResource(FOLDER + "/Party.java");

    Compilation compilation =
        new MappingCompiler(snapshots)
            .compile(
                List.of(JavaFileObjects.forResource(FOLDER + "/Host.java"), party),
                "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "@ManyToOne on field hosts, a java.util.List: a to-one refers to one entity, and"
                + " Hibernate 7.2 maps it as one join column, which cannot hold the collection; map"
                + " a collection of entities with @OneToMany or @ManyToMany")
        .inFile(party)
        .onLineContaining("@ManyToOne List<Host> hosts;");
    assertThat(compilation)
        .hadErrorContaining("@OneToOne on field cohosts, a java.util.Set")
        .inFile(party)
        .onLineContaining("@OneToOne Set<Host> cohosts;");
    assertThat(compilation).hadErrorCount(2);
  }

  /** The oracle: Hibernate's export, one join column to the element's entity. */
  @Test
  void hibernateMapsAToOneOnACollectionAsOneJoinColumn() throws Exception {
    String schema =
        PlainClasses.hibernateExport(
            classes, FOLDER, "org.example.toonecollection", "Host", "Party");
    assertTrue(schema.contains("foreign key party[hosts_id] -> host[id]"), schema);
  }
}
