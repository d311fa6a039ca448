package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Collections declared inside an embeddable ({@code @OneToMany}, {@code @ManyToMany},
 * {@code @ElementCollection}) against Hibernate's own export, with Hibernate's naming and Spring
 * Boot's: Hibernate maps each as if the entity embedding it declared it, and the embedding field's
 * overrides rename its table and columns.
 */
class EmbeddedCollectionParityTest {

  private static final ParityModel EMBEDDED_COLLECTIONS =
      new ParityModel(
          "oracle/embeddedcollections",
          "org.example.embeddedcollections",
          List.of("Schedule", "Leg", "Stop", "Trip"),
          List.of("Voyage", "Port", "Cargo", "Movement", "Berth", "Crew", "Pilot", "Charter"),
          false);

  private static final ParityModel OVERRIDDEN =
      new ParityModel(
          "oracle/embeddedcollectionoverrides",
          "org.example.embeddedcollectionoverrides",
          List.of("Schedule", "Leg"),
          List.of("Voyage", "Port", "Movement"),
          false);

  /** An embeddable embedded twice, with the overrides that Strata's errors name for it. */
  private static final ParityModel TWICE =
      new ParityModel(
          "oracle/twiceembedded",
          "org.example.twiceembedded",
          List.of("Labels"),
          List.of("Trip", "Stop"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aCollectionInsideAnEmbeddableMapsAsTheEmbeddingEntitysOwn(
      DatabaseKind kind, boolean springNaming) throws Exception {
    EMBEDDED_COLLECTIONS
        .withNaming(springNaming)
        .assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void theEmbeddingsOverridesNameTheTablesAndColumnsOfItsCollections(
      DatabaseKind kind, boolean springNaming) throws Exception {
    OVERRIDDEN.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void anEmbeddableEmbeddedTwiceWithTheOverridesTheErrorsNameMigratesToHibernatesSchema(
      DatabaseKind kind, boolean springNaming) throws Exception {
    TWICE.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }
}
