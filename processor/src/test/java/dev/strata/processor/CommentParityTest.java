package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The comments Hibernate 7 gives tables and columns: JPA 3.2's {@code comment} of {@code @Table},
 * {@code @SecondaryTable}, {@code @Column}, a to-one's {@code @JoinColumn}, a collection's
 * {@code @JoinTable} and an element collection's {@code @Column}, and Hibernate's {@code @Comment}
 * on an entity (also a joined subclass) or a field (also of a mapped superclass), which wins over
 * JPA's; then changed, added and removed between versions with the rows kept, and given back by the
 * downgrade.
 */
class CommentParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/comments",
          "org.example.comments",
          List.of("Dated"),
          List.of("Shelf", "Book", "Tool", "Hammer"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void everyTableAndColumnHasTheCommentHibernateGivesIt(DatabaseKind kind, boolean springNaming)
      throws Exception {
    MODEL.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void changedCommentsFollowTheEntitiesWithTheRowsKeptAndTheDowngradeGivesThemBack(
      DatabaseKind kind) throws Exception {
    MODEL.assertEvolution(
        kind,
        snapshots,
        classes,
        laterClasses,
        database ->
            database.execute(
                "INSERT INTO shelf (id, label, shade, capacity) VALUES (1, 'oak', 'dark', 40)",
                "INSERT INTO Book (id, shelf_id) VALUES (7, 1)"),
        database ->
            assertEquals(
                List.of("id,label,shade,capacity", "1,oak,dark,40"),
                database.query("SELECT id, label, shade, capacity FROM shelf")),
        database ->
            assertEquals(
                List.of("id,shelf_id", "7,1"), database.query("SELECT id, shelf_id FROM Book")));
  }
}
