package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.processor.oracle.SchemaDescription;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A join column's {@code columnDefinition} is its type, as Hibernate 7.2 writes it (before, Strata
 * gave it the type of the key column it refers to, without a word): a to-one's {@code @JoinColumn},
 * each of its {@code @JoinColumns} to a composite key, a collection table's, both sides of a join
 * table, a one-to-many's in the target's table and a map's {@code @MapKeyJoinColumn}. Hibernate
 * orders a join table's primary key by the sizes of the key columns they refer to, whatever their
 * definitions say. A later version that gives a to-one's column a definition widens it, keeping the
 * rows. A {@code @PrimaryKeyJoinColumn}'s {@code columnDefinition} is an error on it: Hibernate
 * writes one of more than a word as a quoted name ({@code animal_id "double precision"}), and its
 * DDL fails on every database; one of a word ({@code integer}) is the column's type, which Strata
 * does not follow yet.
 */
class JoinColumnDefinitionParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/joindefinitions",
          "org.example.joindefinitions",
          List.of("BerthKey"),
          List.of("Owner", "Berth", "Toy", "Pet", "Dog"),
          false);

  private static final String KEY_JOINS = "oracle/keyjoindefinitions/v1";

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aJoinColumnsDefinitionIsItsType(DatabaseKind kind) throws Exception {
    MODEL.assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aDefinitionGivenLaterWidensTheColumnKeepingTheRows(DatabaseKind kind) throws Exception {
    String select = "SELECT owner_code FROM Pet";
    MODEL.assertEvolution(
        kind,
        snapshots,
        classes,
        laterClasses,
        database ->
            database.execute(
                "INSERT INTO Owner (code) VALUES ('O1')",
                "INSERT INTO Pet (tag, owner_code) VALUES ('P1', 'O1')"),
        database -> assertEquals(List.of("owner_code", "O1"), database.query(select)),
        database -> assertEquals(List.of("owner_code", "O1"), database.query(select)));
  }

  @Test
  void aPrimaryKeyJoinColumnsDefinitionIsAnErrorOnIt() throws Exception {
    List<JavaFileObject> sources = MappingCompiler.resources(KEY_JOINS, List.of("Animal", "Cat"));
    Compilation compilation =
        new MappingCompiler(snapshots).compile(sources, "-Astrata.tables=true");

    String message = "Hibernate 7 writes the columnDefinition of a @PrimaryKeyJoinColumn";
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(MappingCompiler.source(sources, "Cat"))
        .onLineContaining("@PrimaryKeyJoinColumn");
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(MappingCompiler.source(sources, "Animal"))
        .onLineContaining("pkJoinColumns");
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void hibernatesDdlFailsOnAPrimaryKeyJoinColumnsDefinitionOfMoreThanAWord(DatabaseKind kind)
      throws Exception {
    try (URLClassLoader loader =
            PlainClasses.compile(classes, PlainClasses.resources(KEY_JOINS, "Animal", "Cat"));
        TestDatabase database = TestDatabases.open(kind)) {
      HibernateOracle hibernate =
          new HibernateOracle(
              List.of(
                  loader.loadClass("org.example.keyjoindefinitions.Animal"),
                  loader.loadClass("org.example.keyjoindefinitions.Cat")),
              loader,
              false);
      hibernate.create(database.dataSource());

      List<String> schema = SchemaDescription.of(database.dataSource());
      assertFalse(schema.contains("table animal_card"), String.join("\n", schema));
      assertTrue(
          schema.contains(
              kind == DatabaseKind.MARIADB
                  ? "column cat.cat_id int not null"
                  : kind == DatabaseKind.H2
                      ? "column cat.cat_id integer not null"
                      : "column cat.cat_id int4 not null"),
          String.join("\n", schema));
    }
  }
}
