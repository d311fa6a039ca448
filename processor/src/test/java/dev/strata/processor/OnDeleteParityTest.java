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
 * Hibernate's {@code @OnDelete} as the ON DELETE rules of the foreign keys Hibernate 7 gives them,
 * on every association and on a joined subclass, and rules changed, added and removed between
 * versions with the rows kept, each key then deleting as its rule says.
 */
class OnDeleteParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/ondelete",
          "org.example.ondelete",
          List.of("Collar"),
          List.of("Owner", "Pet", "Toy", "Club", "Animal", "Dog"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void everyAssociationsOnDeleteIsItsKeysRuleAsInHibernate(DatabaseKind kind, boolean springNaming)
      throws Exception {
    MODEL.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aChangedRuleReplacesItsKeyWithTheRowsKeptAndDeletesAsItSays(DatabaseKind kind)
      throws Exception {
    MODEL.assertEvolution(
        kind,
        snapshots,
        classes,
        laterClasses,
        database ->
            database.execute(
                "INSERT INTO Owner (id) VALUES (1)",
                "INSERT INTO Owner (id) VALUES (2)",
                "INSERT INTO Pet (id, owner_id, vet_id) VALUES (1, 1, 2)"),
        database -> {
          assertEquals(List.of("id,vet_id", "1,2"), database.query("SELECT id, vet_id FROM Pet"));
          database.execute("DELETE FROM Owner WHERE id = 2");
          assertEquals(List.of("id"), database.query("SELECT id FROM Pet"), "gone with its vet");
        },
        database -> {
          database.execute(
              "INSERT INTO Owner (id) VALUES (2)",
              "INSERT INTO Pet (id, owner_id, vet_id) VALUES (1, 1, 2)",
              "DELETE FROM Owner WHERE id = 2");
          assertEquals(
              List.of("id,vet_id", "1,null"),
              database.query("SELECT id, vet_id FROM Pet"),
              "kept, without its vet");
        });
  }
}
