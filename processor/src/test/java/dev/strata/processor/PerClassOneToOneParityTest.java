package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code @OneToOne} to a {@code TABLE_PER_CLASS} entity with subclasses, whose rows spread over
 * several tables: Hibernate 7 writes no foreign key for its join column but makes it unique, in
 * every table that has it ({@code kit.part_id}; {@code part.spareId} and {@code bolt.spareId}).
 * Before, Strata made a to-one's column unique only with its foreign key, and Hibernate's export
 * had unique constraints Strata's schema lacked; to a key of two columns, it made each unique
 * alone.
 */
class PerClassOneToOneParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/perclassonetoone",
          "org.example.perclassonetoone",
          List.of(),
          List.of("Part", "Bolt", "Kit"),
          false);

  /** The same to a target of a two-column key, whose join columns are unique together. */
  private static final ParityModel COMPOSITE =
      new ParityModel(
          "oracle/perclasscompositeonetoone",
          "org.example.perclasscompositeonetoone",
          List.of("PartKey"),
          List.of("Part", "Bolt", "Kit"),
          false);

  /**
   * To-ones declared by an abstract root, which has no table, to targets of one and of two key
   * columns: in the subclass's table {@code shelf}, Hibernate 7 makes the one join column unique
   * but not the two together.
   */
  private static final ParityModel ABSTRACT_ROOT =
      new ParityModel(
          "oracle/perclassabstractonetoone",
          "org.example.perclassabstractonetoone",
          List.of("GearKey"),
          List.of("Gear", "Tool", "Holder", "Shelf"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aOneToOneToRowsOverSeveralTablesIsUnique(DatabaseKind kind, boolean spring)
      throws Exception {
    MODEL.withNaming(spring).assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * One unique constraint over a to-one's join columns, listed by the key column each stands for
   * ({@code kit[b_maker, a_serial]} for {@code maker} and {@code serial}); before, one per column.
   */
  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void theJoinColumnsOfACompositeKeyAreUniqueTogether(DatabaseKind kind, boolean spring)
      throws Exception {
    COMPOSITE.withNaming(spring).assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void anAbstractRootsToOneToACompositeKeyIsNotUniqueInItsSubclassesTables(
      DatabaseKind kind, boolean spring) throws Exception {
    ABSTRACT_ROOT.withNaming(spring).assertFirstVersionParity(snapshots, classes, kind);
  }
}
