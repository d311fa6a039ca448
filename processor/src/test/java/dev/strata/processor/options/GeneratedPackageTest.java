package dev.strata.processor.options;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.snapshot.Snapshot;
import dev.strata.processor.snapshot.SnapshotHistory;
import dev.strata.processor.snapshot.StoredSnapshot;
import dev.strata.processor.sql.ViewDefinitions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the package of the generated classes is chosen when the option does not name one. */
class GeneratedPackageTest {

  @Test
  void theOptionWins() {
    SnapshotHistory history = history("com.example.ActiveUser");

    assertEquals(
        "org.acme.db",
        GeneratedPackage.choose(Optional.of("org.acme.db"), List.of("com.example"), history));
  }

  @Test
  void withoutHistoryTheMigrationsGoToDbMigrations() {
    assertEquals("db.migrations", GeneratedPackage.choose(Optional.empty(), List.of(), history()));
  }

  @Test
  void theLongestPackageSharedByEveryDeclaringClassIsChosen() {
    SnapshotHistory history =
        history("com.example.shop.ActiveUser", "com.example.reports.Total", "com.example.Sales");

    assertEquals("com.example", GeneratedPackage.choose(Optional.empty(), List.of(), history));
  }

  @Test
  void classesSharingNoPackageFallBackToDbMigrations() {
    SnapshotHistory history = history("com.example.ActiveUser", "org.acme.Total");

    assertEquals("db.migrations", GeneratedPackage.choose(Optional.empty(), List.of(), history));
  }

  @Test
  void aPrefixOfAPackageNameIsNoSharedPackage() {
    SnapshotHistory history = history("com.example.ActiveUser", "com.examples.Total");

    assertEquals("com", GeneratedPackage.choose(Optional.empty(), List.of(), history));
  }

  @Test
  void theViewClassesAsTheyAreNowWinOverOlderSnapshots() {
    SnapshotHistory history = history("com.example.old.ActiveUser");

    assertEquals(
        "com.example.views",
        GeneratedPackage.choose(
            Optional.empty(), List.of("com.example.views", "com.example.views"), history));
  }

  /** A history of one version whose views are declared by the given classes. */
  private static SnapshotHistory history(String... declaringClasses) {
    if (declaringClasses.length == 0) {
      return new SnapshotHistory(List.of());
    }
    List<ViewDefinition> views = new ArrayList<>();
    try (ViewDefinitions definitions = new ViewDefinitions()) {
      for (int i = 0; i < declaringClasses.length; i++) {
        views.add(definitions.define("view_" + i, "SELECT " + i, declaringClasses[i]));
      }
    }
    Snapshot snapshot = new Snapshot(1, "main", Optional.empty(), new Schema(views));
    return new SnapshotHistory(
        List.of(new StoredSnapshot(snapshot, Path.of("0001-00000000.json"))));
  }
}
