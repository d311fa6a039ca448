package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A {@code @OneToOne @PrimaryKeyJoinColumn}, whose entity shares its primary key with the target's,
 * as Hibernate 7.2 exports it: no column of its own, and a foreign key from the entity's key to the
 * target's under {@code optional = false} only ({@code passport[id] -> person[id]}, {@code
 * visa[code] -> passport[id]}), none for an optional one; one made required in a later version
 * gains its foreign key over the rows. Before, an error on the field. The annotation's {@code name}
 * is named as the key column is: {@code permitNo} is {@code permit_no} under Spring Boot's naming
 * (before, an error on it, as a column other than the key).
 */
class SharedKeyParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/sharedkeys",
          "org.example.sharedkeys",
          List.of(),
          List.of("Person", "Passport", "Visa", "Permit"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aOneToOneOverTheKeyHasNoColumnAndAForeignKeyWhenRequired(DatabaseKind kind)
      throws Exception {
    MODEL.assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void underSpringBootsNamingTheAnnotationNamesTheKeyAsTheCodeDoes(DatabaseKind kind)
      throws Exception {
    MODEL.withSpringNaming().assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aOneToOneOverTheKeyMadeRequiredGainsItsForeignKeyKeepingTheRows(DatabaseKind kind)
      throws Exception {
    String select = "SELECT Passport.id, number, name FROM Passport JOIN Person USING (id)";
    List<String> rows = List.of("id,number,name", "1,P-1,Ada");
    MODEL.assertEvolution(
        kind,
        snapshots,
        classes,
        laterClasses,
        database ->
            database.execute(
                "INSERT INTO Person (id, name) VALUES (1, 'Ada')",
                "INSERT INTO Passport (id, number) VALUES (1, 'P-1')",
                "INSERT INTO Visa (code) VALUES (1)"),
        database -> assertEquals(rows, database.query(select)),
        database -> assertEquals(rows, database.query(select)));
  }

  @Test
  void aOneToOneOverAColumnOtherThanTheKeyIsAnErrorOnTheAnnotation() {
    JavaFileObject stamp =
        JavaFileObjects.forSourceLines(
            "org.example.sharedkeys.Stamp",
            "package org.example.sharedkeys;",
            "import jakarta.persistence.*;",
            "@Entity",
            "public class Stamp {",
            "  @Id Long id;",
            "  @OneToOne(optional = false)",
            "  @PrimaryKeyJoinColumn(name = \"passport_id\")",
            "  Passport passport;",
            "}");
    List<JavaFileObject> sources =
        new ArrayList<>(
            MappingCompiler.resources(MODEL.folder() + "/v1", List.of("Person", "Passport")));
    sources.add(stamp);

    Compilation compilation =
        new MappingCompiler(snapshots).compile(sources, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "a @OneToOne @PrimaryKeyJoinColumn other than over the single-column key")
        .inFile(stamp)
        .onLineContaining("@PrimaryKeyJoinColumn");
  }
}
