package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Migrations as large as the first version of a real application: one that creates a thousand views
 * (fewer where that takes minutes), one that replaces them all, applied, recorded for drift and
 * reverted on every database, so that no statement whose size grows with the views of one migration
 * meets a limit of the database (PostgreSQL's 100 arguments of a function, a packet's size, a
 * driver's parameters).
 */
abstract class ManyViewsScenarios extends DatabaseScenarios {

  /**
   * How many views each migration writes: a thousand where that is practical, or {@code
   * -Dstrata.manyViews=N}, to measure the cost of a size.
   */
  int views() {
    return Integer.getInteger("strata.manyViews", practicalViews());
  }

  /** A thousand, or fewer where that takes long. */
  int practicalViews() {
    return 1_000;
  }

  @Test
  void aMigrationOfManyViewsAndOneReplacingThemAllAreAppliedRecordedAndReverted() {
    database.execute(
        "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100))",
        "INSERT INTO users VALUES (1, 'ann@example.com'), (2, 'bob@example.com')");
    Strata strata = strata(FakeSource.of("main", List.of(creating(), replacing())));

    assertEquals(List.of(1, 2), versions(strata.upgrade()));

    assertEquals(names(), database.viewNames());
    String last = names().get(views() - 1);
    assertEquals(List.of("2"), database.rows("SELECT COUNT(*) FROM " + last));
    // the records of both migrations are read back: a record lost or cut would show as drift
    assertEquals(List.of(), strata.validate().drift());
    assertEquals(List.of(2), versions(strata.downgrade(1)));
    assertEquals(List.of("1"), database.rows("SELECT COUNT(*) FROM " + last));
    assertEquals(List.of(), strata.validate().drift());
    assertEquals(List.of(1), versions(strata.downgrade(0)));
    assertEquals(List.of(), database.viewNames());
    assertEquals(List.of(1, 2), versions(strata.upgrade()));
    assertEquals(List.of(), strata.validate().drift());
  }

  /** Version 1: views v0000 and on, each reading the users after the first. */
  private FakeMigration creating() {
    return FakeMigration.of(
        1,
        "Create many views",
        ops -> names().forEach(name -> ops.createView(name, query(name, ">"))),
        ops -> names().forEach(ops::dropView));
  }

  /** Version 2: every view of version 1 replaced by one that reads every user. */
  private FakeMigration replacing() {
    return FakeMigration.of(
        2,
        "Replace many views",
        ops -> names().forEach(name -> ops.replaceView(name, query(name, ">="))),
        ops -> names().forEach(name -> ops.replaceView(name, query(name, ">"))));
  }

  private static String query(String name, String comparison) {
    return "SELECT id, email, '" + name + "' AS source FROM users WHERE id " + comparison + " 1";
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < views(); i++) {
      names.add(String.format("v%04d", i));
    }
    return names;
  }

  private static List<Integer> versions(List<MigrationInfo> migrations) {
    return migrations.stream().map(MigrationInfo::version).toList();
  }
}
