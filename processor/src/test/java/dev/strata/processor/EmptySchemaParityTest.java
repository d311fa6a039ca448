package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A schema or catalog written out empty ({@code @Table(schema = "")}) names none, as Hibernate's
 * export reads it: before, Strata refused {@code @Table}'s as a real schema, which it does not
 * support on tables. One that names a schema is an error on the annotation, on every annotation
 * that carries one.
 */
class EmptySchemaParityTest {

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void anEmptySchemaOrCatalogMigratesToTheSchemaHibernateCreates(DatabaseKind kind)
      throws Exception {
    new ParityModel(
            "oracle/emptyschema",
            "org.example.emptyschema",
            List.of(),
            List.of("Shelf", "Bin"),
            false)
        .assertFirstVersionParity(snapshots, classes, kind);
  }

  @Test
  void aSchemaOrCatalogThatNamesOneIsStillAnErrorOnTheTable() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "shop.Remote",
            """
            package shop;

            import jakarta.persistence.Entity;
            import jakarta.persistence.Id;
            import jakarta.persistence.Table;

            @Entity
            @Table(name = "remote", schema = "", catalog = "archive")
            public class Remote {
              @Id Long id;
            }
            """);

    Compilation compilation =
        new StrataCompiler(snapshots).withOption("-Astrata.tables=true").compile(List.of(source));

    assertThat(compilation)
        .hadErrorContaining("the schema Hibernate creates for @Table(catalog = ...)")
        .inFile(source)
        .onLineContaining("@Table(name = \"remote\"");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * Before, only {@code @Table}'s and {@code @TableGenerator}'s were refused: the others were
   * dropped, the table or sequence created in the default schema, where Hibernate looks for it in
   * the one named.
   */
  @Test
  void aSchemaOrCatalogOfAnyOtherTableOrSequenceIsAnErrorOnItsAnnotation() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "shop.Crate",
            """
            package shop;

            import jakarta.persistence.CollectionTable;
            import jakarta.persistence.Column;
            import jakarta.persistence.ElementCollection;
            import jakarta.persistence.Entity;
            import jakarta.persistence.GeneratedValue;
            import jakarta.persistence.Id;
            import jakarta.persistence.JoinTable;
            import jakarta.persistence.ManyToMany;
            import jakarta.persistence.SecondaryTable;
            import jakarta.persistence.SequenceGenerator;
            import java.util.Set;

            @Entity
            @SecondaryTable(name = "crate_extra", schema = "audit")
            public class Crate {
              @Id
              @GeneratedValue(generator = "crates")
              @SequenceGenerator(name = "crates", catalog = "ids")
              Long id;

              @Column(table = "crate_extra") String extra;

              @ElementCollection
              @CollectionTable(name = "crate_tags", catalog = "archive")
              Set<String> tags;

              @ManyToMany
              @JoinTable(name = "crate_links", schema = "audit")
              Set<Crate> links;
            }
            """);

    Compilation compilation =
        new StrataCompiler(snapshots).withOption("-Astrata.tables=true").compile(List.of(source));

    assertThat(compilation)
        .hadErrorContaining("for @SecondaryTable(schema = ...)")
        .inFile(source)
        .onLineContaining("@SecondaryTable(");
    assertThat(compilation)
        .hadErrorContaining("for @SequenceGenerator(catalog = ...)")
        .inFile(source)
        .onLineContaining("@SequenceGenerator(");
    assertThat(compilation)
        .hadErrorContaining("for @CollectionTable(catalog = ...)")
        .inFile(source)
        .onLineContaining("@CollectionTable(");
    assertThat(compilation)
        .hadErrorContaining("for @JoinTable(schema = ...)")
        .inFile(source)
        .onLineContaining("@JoinTable(");
    assertThat(compilation).hadErrorCount(4);
  }
}
