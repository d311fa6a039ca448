package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A downgrade that drops data says so: {@code downgradeDrops} lists it before anything runs, and
 * the run warns in the log before each migration that drops some. Through java.util.logging, the
 * JDK's default backend of System.Logger.
 */
class DowngradeDataLossTest {

  private static final FakeMigration CREATE_AUDIT =
      FakeMigration.of(
          1,
          "Create table audit",
          ops -> ops.createTable(new Table("audit", List.of(Column.of("id", "INT")), List.of())),
          ops -> ops.dropTable("audit"));
  private static final FakeMigration ADD_PHONE =
      FakeMigration.of(
          2,
          "Add column phone of table users",
          ops -> ops.addColumn("users", Column.of("phone", "VARCHAR(20)")),
          ops -> ops.dropColumn("users", "phone"));
  private static final FakeMigration CREATE_VIEW =
      FakeMigration.of(
          3,
          "Create user_ids",
          ops -> ops.createView("user_ids", "SELECT id FROM users"),
          ops -> ops.dropView("user_ids"));

  private final TestDatabase database = TestDatabase.withUsers();
  private final Logger logger = Logger.getLogger("dev.strata.runtime");
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level previousLevel;

  @BeforeEach
  void listen() {
    previousLevel = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(handler);
    logger.setLevel(previousLevel);
    database.close();
  }

  @Test
  void listsTheTablesAndColumnsADowngradeWouldDropHighestVersionFirst() {
    Strata strata = strata();
    strata.upgrade();

    List<DroppedData> dropped = strata.downgradeDrops(0);

    assertEquals(
        List.of(
            new DroppedData(
                "main", 2, "Add column phone of table users", "users", Optional.of("phone")),
            new DroppedData("main", 1, "Create table audit", "audit", Optional.empty())),
        dropped);
    assertEquals(
        "V0002 \"Add column phone of table users\" of set main drops column phone of table users"
            + " and its values",
        dropped.get(0).toString());
    assertEquals("table audit and its rows", dropped.get(1).what());
    // nothing ran
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  /**
   * A version that renamed users to members and its column phone to mobile, and added nickname: its
   * downgrade renames them back before it drops nickname, which the list names as the database has
   * it before the downgrade (it named the table users, which the database no longer had).
   */
  @Test
  void dataOfATableTheDowngradeRenamesBackIsNamedAsTheDatabaseHasIt() {
    FakeMigration rename =
        FakeMigration.of(
            3,
            "Rename users to members",
            ops -> {
              ops.renameTable("users", "members");
              ops.renameColumn("members", "phone", "mobile");
              ops.addColumn("members", Column.of("nickname", "VARCHAR(80)"));
            },
            ops -> {
              ops.renameTable("members", "users");
              ops.renameColumn("users", "mobile", "phone");
              ops.dropColumn("users", "nickname");
              ops.dropColumn("users", "phone");
            });
    Strata strata =
        Strata.configure(database.dataSource())
            .sources(FakeSource.of("main", List.of(CREATE_AUDIT, ADD_PHONE, rename)))
            .load();
    strata.upgrade();

    assertEquals(
        List.of(
            new DroppedData(
                "main", 3, "Rename users to members", "members", Optional.of("nickname")),
            new DroppedData(
                "main", 3, "Rename users to members", "members", Optional.of("mobile"))),
        strata.downgradeDrops(2));
  }

  @Test
  void aDowngradeThatDropsNothingListsNothing() {
    Strata strata = strata();
    strata.upgrade();

    assertEquals(List.of(), strata.downgradeDrops(2));
    assertEquals(List.of(), strata.downgradeDrops(3));
  }

  /**
   * A table built again in another key order, as the processor generates it: its rows wait in its
   * keeping table, so neither drop loses any.
   */
  @Test
  void aTableBuiltAgainWithItsRowsDropsNothing() {
    Table audit = new Table("audit", List.of(Column.of("id", "INT")), List.of("id"));
    FakeMigration rebuild =
        FakeMigration.of(
            4,
            "Order the key of audit",
            ops -> {},
            ops -> {
              ops.createTable(new Table("audit_strata_keep", audit.columns(), List.of()));
              ops.execute("INSERT INTO audit_strata_keep (id) SELECT id FROM audit");
              ops.dropTable("audit");
              ops.createTable(audit);
              ops.execute("INSERT INTO audit (id) SELECT id FROM audit_strata_keep");
              ops.dropTable("audit_strata_keep");
            });
    Strata strata =
        Strata.configure(database.dataSource())
            .sources(FakeSource.of("main", List.of(CREATE_AUDIT, ADD_PHONE, CREATE_VIEW, rebuild)))
            .load();
    strata.upgrade();

    assertEquals(List.of(), strata.downgradeDrops(3));
  }

  @Test
  void theRunWarnsBeforeEachMigrationThatDropsData() {
    Strata strata = strata();
    strata.upgrade();

    strata.downgrade(0);

    List<String> warnings =
        records.stream()
            .filter(r -> r.getLevel().equals(Level.WARNING))
            .map(LogRecord::getMessage)
            .toList();
    assertEquals(
        List.of(
            "Reverting V0002 \"Add column phone of table users\" of set main drops data for good:"
                + " column phone of table users and its values",
            "Reverting V0001 \"Create table audit\" of set main drops data for good:"
                + " table audit and its rows"),
        warnings);
    assertTrue(database.history().isEmpty());
  }

  private Strata strata() {
    return Strata.configure(database.dataSource())
        .sources(FakeSource.of("main", List.of(CREATE_AUDIT, ADD_PHONE, CREATE_VIEW)))
        .load();
  }
}
