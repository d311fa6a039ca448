package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code @ForeignKey}s of join tables ({@code foreignKey}, {@code inverseForeignKey} and their
 * join columns'), collection tables, map keys, secondary tables and joined subclasses, named or
 * left out as Hibernate 7 writes them: Hibernate validates each schema and finds it equal to its
 * own export, the declared names are the keys' names, and a row may refer to a missing row where
 * the key is left out.
 */
class DeclaredForeignKeysParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/declaredkeys",
          "org.example.declaredkeys",
          List.of(),
          List.of("Owner", "Toy", "Ball", "Animal", "Dog", "Cat"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void declaredKeysAreNamedOrLeftOutAsInHibernate(DatabaseKind kind, boolean springNaming)
      throws Exception {
    ParityModel model = MODEL.withNaming(springNaming);
    try (TestDatabase strata = TestDatabases.open(kind)) {
      model.migrate(1, snapshots, classes, strata);

      assertEquals(
          List.of("owner_toys_owner_fk"), ForeignKeyNames.of(strata, model.name("owner_toys")));
      assertEquals(
          List.of("game_player_fk", "game_toy_fk"),
          ForeignKeyNames.of(strata, model.name("owner_games")));
      assertEquals(
          List.of("nickname_owner_fk"), ForeignKeyNames.of(strata, model.name("owner_nicknames")));
      assertEquals(List.of(), ForeignKeyNames.of(strata, model.name("owner_tags")));
      assertEquals(List.of("mark_owner_fk"), ForeignKeyNames.of(strata, model.name("owner_marks")));
      assertEquals(
          "rating_toy_fk",
          ForeignKeyNames.of(strata, model.name("owner_ratings")).stream()
              .filter(name -> name.startsWith("rating"))
              .findFirst()
              .orElse("none"));
      assertEquals(
          List.of("ball_detail_ball_fk"), ForeignKeyNames.of(strata, model.name("ball_detail")));
      assertEquals(List.of("dog_animal_fk"), ForeignKeyNames.of(strata, model.name("Dog")));
      assertEquals(List.of(), ForeignKeyNames.of(strata, model.name("Cat")));
      strata.execute(
          "INSERT INTO " + model.name("Cat") + " (id, purr) VALUES (404, 'no animal')",
          "INSERT INTO "
              + model.name("owner_tags")
              + " ("
              + model.name("Owner_id")
              + ", tags)"
              + " VALUES (405, 'no owner')");
    }
  }
}
