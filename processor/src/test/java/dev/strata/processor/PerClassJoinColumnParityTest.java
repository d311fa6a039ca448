package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code @OneToMany @JoinColumn} into or out of a {@code TABLE_PER_CLASS} hierarchy, as Hibernate
 * 7 exports it: a collection of a table-per-class entity puts its column, with its foreign key, in
 * the table of every concrete class of it ({@code shape.shapes_id} and {@code circle.shapes_id});
 * one held by an abstract table-per-class root, whose rows spread over its subclasses' tables, puts
 * its column in the other table without a foreign key. Before, the first column was in {@code
 * shape} alone (Hibernate's validation: {@code missing column [shapes_id] in table [Circle]}), and
 * the second an error that said Hibernate refused the mapping, which it does not.
 */
class PerClassJoinColumnParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/perclassjoincolumns",
          "org.example.perclassjoincolumns",
          List.of(),
          List.of("Shape", "Circle", "Board", "Deck", "Pile", "Card"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void joinColumnsGoWhereTheRowsOfATablePerClassEntityAre(DatabaseKind kind, boolean spring)
      throws Exception {
    MODEL.withNaming(spring).assertFirstVersionParity(snapshots, classes, kind);
  }
}
