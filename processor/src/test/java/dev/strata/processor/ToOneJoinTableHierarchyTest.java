package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.hibernate.AnnotationException;
import org.hibernate.AssertionFailure;
import org.hibernate.MappingException;
import org.hibernate.sql.ast.tree.from.UnknownTableReferenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate as the oracle for a {@code @ManyToOne} or {@code @OneToOne} through a
 * {@code @JoinTable} in an inheritance hierarchy. Owned by a SINGLE_TABLE root or subclass, or a
 * JOINED root, the join table is keyed by the column referring to the key table (the single table,
 * the root's); to a target in a hierarchy, its column refers to the table a foreign key to the
 * target refers to (the single table, a JOINED subclass's own table and key column, a
 * TABLE_PER_CLASS leaf's table), and to none for a TABLE_PER_CLASS entity whose rows spread over
 * several tables. Owned by a JOINED subclass or a TABLE_PER_CLASS entity, Hibernate 7 refuses to
 * start, and Strata says so. Before, every such shape was one error ("from or to an entity in an
 * inheritance hierarchy").
 */
class ToOneJoinTableHierarchyTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/toonejoinhierarchy",
          "org.example.toonejoinhierarchy",
          List.of(),
          List.of("Vehicle", "Van", "Hub", "Terminal", "Vessel", "Barge", "Plate", "Driver"),
          false);

  private static final String REFUSALS = "oracle/toonejoinrefusals";

  private static final List<String> REFUSED =
      List.of(
          "Keeper", "Depot", "Annex", "Ship", "Ferry", "Yacht", "Sloop", "Stop", "Hop", "Leg",
          "Trip", "Cargo", "Badge", "Shift");

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;
  @TempDir Path collectedClasses;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aToOneThroughAJoinTableInAHierarchyIsHibernatesJoinTable(
      DatabaseKind kind, boolean springNaming) throws Exception {
    MODEL.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aSubclassesToOneThroughAJoinTableAddedLaterKeepsTheRows(DatabaseKind kind) throws Exception {
    MODEL.assertEvolution(
        kind,
        snapshots,
        classes,
        laterClasses,
        database ->
            database.execute(
                "INSERT INTO Vehicle (id, DTYPE) VALUES (1, 'Van')",
                "INSERT INTO Plate (id) VALUES (2)",
                "INSERT INTO Vehicle_Plate (id, plate_id) VALUES (1, 2)"),
        database -> {
          database.execute("INSERT INTO van_spare (id, spare_id) VALUES (1, 2)");
          assertEquals(
              List.of("id,plate_id", "1,2"),
              database.query("SELECT id, plate_id FROM Vehicle_Plate"));
        },
        database ->
            assertEquals(
                List.of("id,dtype", "1,Van"), database.query("SELECT id, DTYPE FROM Vehicle")));
  }

  @Test
  void hibernateRefusesAJoinedSubclassesToOneThroughAJoinTableWithoutAName() throws Exception {
    MappingException refusal =
        new HibernateRefusal(REFUSALS, "org.example.toonejoinrefusals")
            .of(MappingException.class, classes, REFUSED, List.of("Depot", "Annex", "Keeper"));

    assertTrue(
        refusal
            .getMessage()
            .contains(
                "Annex_Keeper [])) must have same number of columns as the referenced primary key"),
        refusal.getMessage());
  }

  @Test
  void hibernateRefusesATablePerClassEntitysToOneThroughAJoinTable() throws Exception {
    HibernateRefusal refusals = new HibernateRefusal(REFUSALS, "org.example.toonejoinrefusals");

    UnknownTableReferenceException subclass =
        refusals.of(
            UnknownTableReferenceException.class,
            classes,
            REFUSED,
            List.of("Ship", "Ferry", "Keeper"));
    UnknownTableReferenceException root =
        refusals.of(
            UnknownTableReferenceException.class,
            laterClasses,
            REFUSED,
            List.of("Yacht", "Sloop", "Keeper"));

    assertTrue(
        subclass.getMessage().startsWith("Unable to determine TableReference (`ferry_keeper`)"),
        subclass.getMessage());
    assertTrue(
        root.getMessage().startsWith("Unable to determine TableReference (`yacht_keeper`)"),
        root.getMessage());
  }

  @Test
  void hibernateRefusesAnEmbeddablesToOneThroughAJoinTable() throws Exception {
    HibernateRefusal refusals = new HibernateRefusal(REFUSALS, "org.example.toonejoinrefusals");

    AnnotationException besideOthers =
        refusals.of(AnnotationException.class, classes, REFUSED, List.of("Leg", "Keeper"));
    MappingException unnamed =
        refusals.of(MappingException.class, laterClasses, REFUSED, List.of("Trip", "Keeper"));
    AssertionFailure collected =
        refusals.of(AssertionFailure.class, collectedClasses, REFUSED, List.of("Cargo", "Keeper"));

    assertTrue(
        besideOthers.getMessage().contains("has properties mapped to two different tables"),
        besideOthers.getMessage());
    assertTrue(
        unnamed.getMessage().startsWith("property [keeper] not found on entity"),
        unnamed.getMessage());
    assertTrue(
        collected.getMessage().startsWith("Add join in a second pass"), collected.getMessage());
  }

  @Test
  void hibernateRefusesAnIdToOneThroughAJoinTable() throws Exception {
    HibernateRefusal refusals = new HibernateRefusal(REFUSALS, "org.example.toonejoinrefusals");

    MappingException only =
        refusals.of(MappingException.class, classes, REFUSED, List.of("Badge", "Keeper"));
    AnnotationException part =
        refusals.of(AnnotationException.class, laterClasses, REFUSED, List.of("Shift", "Keeper"));

    assertTrue(
        only.getMessage()
            .startsWith("Unable to find column with physical name 'keeper_id' in table 'Badge'"),
        only.getMessage());
    assertTrue(
        part.getMessage().contains("has properties mapped to two different tables"),
        part.getMessage());
  }

  @Test
  void whereHibernateRefusesStrataSaysSoOnTheJoinTable() {
    List<JavaFileObject> sources = MappingCompiler.resources(REFUSALS, REFUSED);

    Compilation compilation =
        new MappingCompiler(snapshots).compile(sources, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate 7 refuses to start on a to-one association through a @JoinTable without a"
                + " name in a JOINED subclass")
        .inFile(MappingCompiler.source(sources, "Annex"))
        .onLineContaining("@JoinTable Keeper keeper;");
    for (String entity : List.of("Ferry", "Yacht")) {
      assertThat(compilation)
          .hadErrorContaining(
              "Hibernate 7 refuses to start on a to-one association through a @JoinTable of a"
                  + " TABLE_PER_CLASS hierarchy")
          .inFile(MappingCompiler.source(sources, entity))
          .onLineContaining("@JoinTable(name = \"" + entity.toLowerCase() + "_keeper\")");
    }
    assertThat(compilation)
        .hadErrorContaining(
            "a to-one association through a @JoinTable inside an embeddable, which Hibernate 7"
                + " refuses to start on beside other fields of the embeddable")
        .inFile(MappingCompiler.source(sources, "Stop"))
        .onLineContaining("@JoinTable(name = \"stop_keeper\")");
    for (String entity : List.of("Badge", "Shift")) {
      assertThat(compilation)
          .hadErrorContaining(
              "Hibernate 7 refuses to start on an @Id to-one association through a @JoinTable")
          .inFile(MappingCompiler.source(sources, entity))
          .onLineContaining("@JoinTable(name = \"" + entity.toLowerCase() + "_keeper\")");
    }
  }
}
