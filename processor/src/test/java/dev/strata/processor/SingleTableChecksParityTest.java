package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks of a single table's subclasses, as Hibernate 7's {@code SingleTableSubclass} writes
 * them over its superclass's properties and its own that are required but whose columns are
 * nullable: a direct subclass checks the root's primitive under a {@code @Column} ({@code frozen}),
 * a subclass below it its parent's instead, and neither checks an embedded value's primitives.
 * Before, the root's columns were left out and the embedded ones put in.
 */
class SingleTableChecksParityTest {

  private static final ParityModel ACCOUNTS =
      new ParityModel(
          "oracle/singletablechecks",
          "org.example.singletablechecks",
          List.of("Ledgered", "Rate"),
          List.of("Account", "Savings", "FixedSavings"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void subclassesCheckTheColumnsHibernateChecks(DatabaseKind kind, boolean spring)
      throws Exception {
    ACCOUNTS.withNaming(spring).assertFirstVersionParity(snapshots, classes, kind);
  }
}
