package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, a view that a migration drops and creates again (its columns change, it reads a
 * column that changes, or its query cannot replace the old one in place) gets back what the dropped
 * one carried: privileges granted to other roles, its comment, its triggers and its owner. Without
 * them a reporting role would lose {@code SELECT} on the view without a word.
 */
class PostgresViewAttachmentsTest {

  private static final String EMAILS = "SELECT id, email FROM users";

  private static final FakeMigration V1 =
      FakeMigration.of(
          1,
          "Create user_emails",
          ops -> ops.createView("user_emails", EMAILS),
          ops -> ops.dropView("user_emails"));

  // as the processor plans a view whose columns change: dropped and created
  private static final FakeMigration V2_FEWER_COLUMNS =
      FakeMigration.of(
          2,
          "Drop column email of user_emails",
          ops -> {
            ops.dropView("user_emails");
            ops.createView("user_emails", "SELECT id FROM users");
          },
          ops -> {
            ops.dropView("user_emails");
            ops.createView("user_emails", EMAILS);
          });

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String reader = "strata_reader_" + suffix;
  private final String owner = "strata_owner_" + suffix;
  private TestDatabase database;

  @BeforeEach
  void createDatabase() {
    database = TestDatabase.create(DatabaseKind.POSTGRESQL).withUsersTable();
    String schema = database.rows("SELECT current_schema()").get(0);
    // an owner whose views can read what they read
    database.execute(
        "CREATE ROLE " + reader,
        "CREATE ROLE " + owner,
        "GRANT USAGE ON SCHEMA " + schema + " TO " + owner,
        "GRANT SELECT ON users TO " + owner);
  }

  @AfterEach
  void dropDatabaseAndRoles() {
    database.execute(
        "DROP OWNED BY " + reader + ", " + owner + " CASCADE",
        "DROP ROLE " + reader,
        "DROP ROLE " + owner);
    database.close();
  }

  @Test
  void aViewDroppedAndCreatedAgainKeepsItsGrantsCommentTriggerAndOwnerUpAndDown() {
    strata(V1).upgrade();
    attach("user_emails");

    strata(V1, V2_FEWER_COLUMNS).upgrade();

    assertAttached("user_emails");
    assertEquals(List.of("1", "2", "3"), database.rows("SELECT id FROM user_emails ORDER BY id"));

    strata(V1, V2_FEWER_COLUMNS).downgrade(1);

    assertAttached("user_emails");
    assertEquals(List.of("main:1"), database.history());
  }

  @Test
  void aViewWhoseQueryCannotReplaceItInPlaceKeepsThemToo() {
    strata(V1).upgrade();
    attach("user_emails");
    strata(V1, upperCaseEmails()).upgrade();

    assertAttached("user_emails");
    assertEquals(
        List.of("ANN@EXAMPLE.COM"), database.rows("SELECT email FROM user_emails WHERE id = 1"));
  }

  @Test
  void theColumnsThatRemainKeepTheirGrantsCommentsAndDefaultsAndAGoneColumnTakesItsOwn() {
    strata(V1).upgrade();
    database.execute(
        "COMMENT ON COLUMN user_emails.id IS 'the user''s key'",
        "COMMENT ON COLUMN user_emails.email IS 'where to write'",
        "GRANT SELECT (id), UPDATE (id) ON user_emails TO " + reader,
        "GRANT SELECT (email) ON user_emails TO " + reader,
        "ALTER VIEW user_emails ALTER COLUMN id SET DEFAULT 0");

    List<String> warnings = warningsDuring(() -> strata(V1, V2_FEWER_COLUMNS).upgrade());

    assertEquals(List.of(), warnings);
    assertEquals(List.of("the user's key"), database.rows(columnComment("user_emails", 1)));
    assertEquals(
        List.of("t|t"),
        database.rows(
            "SELECT has_column_privilege('"
                + reader
                + "', to_regclass('user_emails'), 'id', 'SELECT'),"
                + " has_column_privilege('"
                + reader
                + "', to_regclass('user_emails'), 'id', 'UPDATE')"));
    assertEquals(
        List.of("0"),
        database.rows(
            "SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef"
                + " WHERE adrelid = to_regclass('user_emails')"));

    strata(V1, V2_FEWER_COLUMNS).downgrade(1);

    // email came back as a new column: what the old one carried went with it
    assertEquals(List.of("the user's key"), database.rows(columnComment("user_emails", 1)));
    assertEquals(List.of(""), database.rows(columnComment("user_emails", 2)));
  }

  @Test
  void privilegesGrantedOnOneColumnStayOnThatColumnAndDoNotBecomeTheWholeViews() {
    strata(V1).upgrade();
    database.execute("GRANT SELECT (id), UPDATE (id) ON user_emails TO " + reader);

    strata(V1, V2_FEWER_COLUMNS).upgrade();

    assertEquals(List.of("t|t|f"), database.rows(privilegesOnId("user_emails")));

    strata(V1, V2_FEWER_COLUMNS).downgrade(1);

    // email is back: the reader was never granted it, on the old view or on the new one
    assertEquals(List.of("t|t|f"), database.rows(privilegesOnId("user_emails")));
    assertEquals(
        List.of("f"),
        database.rows(
            "SELECT has_column_privilege('"
                + reader
                + "', to_regclass('user_emails'), 'email', 'SELECT')"));
  }

  /** The reader's SELECT and UPDATE of column id of {@code view}, and its SELECT of the view. */
  private String privilegesOnId(String view) {
    return "SELECT has_column_privilege('%1$s', to_regclass('%2$s'), 'id', 'SELECT'),"
            .formatted(reader, view)
        + " has_column_privilege('%1$s', to_regclass('%2$s'), 'id', 'UPDATE'),"
            .formatted(reader, view)
        + " has_table_privilege('%1$s', to_regclass('%2$s'), 'SELECT')".formatted(reader, view);
  }

  @Test
  void aReportViewRebuiltAroundAColumnChangeKeepsThem() {
    database.execute("CREATE VIEW email_report AS SELECT id, email FROM users");
    attach("email_report");
    FakeMigration widen =
        FakeMigration.of(
            1,
            "Widen email",
            ops -> ops.alterColumn("users", Column.of("email", "VARCHAR(200)")),
            ops -> ops.alterColumn("users", Column.of("email", "VARCHAR(100)")));

    strata(widen).upgrade();

    assertAttached("email_report");
  }

  @Test
  void aMaterializedViewCreatedAgainKeepsItsGrantsCommentOwnerAndTheIndexesADbaAdded() {
    String counts = "SELECT country, count(*) AS n FROM users GROUP BY country";
    String activeCounts =
        "SELECT country, count(*) FILTER (WHERE active) AS active_n FROM users GROUP BY country";
    FakeMigration create =
        FakeMigration.of(
            1,
            "Create user_counts",
            ops ->
                ops.createMaterializedView(
                    "user_counts",
                    counts,
                    true,
                    List.of(Index.uniqueOn("user_counts_country", List.of("country")))),
            ops -> ops.dropMaterializedView("user_counts"));
    // the declared index renamed: the old one must not come back as if a DBA had added it
    FakeMigration change =
        FakeMigration.of(
            2,
            "Count active users",
            ops -> {
              ops.dropMaterializedView("user_counts");
              ops.createMaterializedView(
                  "user_counts",
                  activeCounts,
                  true,
                  List.of(Index.uniqueOn("user_counts_by_country", List.of("country"))));
            },
            ops -> {
              ops.dropMaterializedView("user_counts");
              ops.createMaterializedView(
                  "user_counts",
                  counts,
                  true,
                  List.of(Index.uniqueOn("user_counts_country", List.of("country"))));
            });
    strata(create).upgrade();
    database.execute(
        "GRANT SELECT ON user_counts TO " + reader,
        "COMMENT ON MATERIALIZED VIEW user_counts IS 'for the dashboard'",
        "CREATE INDEX user_counts_country_desc ON user_counts (country DESC)",
        // reads n, which the new query no longer has: left out with a warning
        "CREATE INDEX user_counts_n ON user_counts (n)",
        "ALTER MATERIALIZED VIEW user_counts OWNER TO " + owner);

    List<String> warnings = warningsDuring(() -> strata(create, change).upgrade());

    assertEquals(1, warnings.size(), warnings::toString);
    assertTrue(
        warnings.get(0).startsWith("Index user_counts_n, which materialized view user_counts had"),
        warnings.get(0));
    assertTrue(warnings.get(0).endsWith("(n)"), warnings.get(0));
    assertEquals(List.of("t"), database.rows(canSelect("user_counts")));
    assertEquals(List.of("for the dashboard"), database.rows(comment("user_counts")));
    assertEquals(List.of(owner), database.rows(ownerOf("user_counts")));
    assertEquals(
        List.of("user_counts_by_country", "user_counts_country_desc"),
        database.rows(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'user_counts'"
                + " AND schemaname = current_schema() ORDER BY indexname"));
    assertEquals(
        List.of("DE|1", "FR|1"),
        database.rows("SELECT country, active_n FROM user_counts ORDER BY country"));
  }

  @Test
  void aViewDroppedForGoodTakesThemWithIt() {
    strata(V1).upgrade();
    attach("user_emails");
    FakeMigration drop =
        FakeMigration.of(
            2,
            "Drop user_emails",
            ops -> ops.dropView("user_emails"),
            ops -> ops.createView("user_emails", EMAILS));

    strata(V1, drop).upgrade();

    assertEquals(List.of(), database.viewNames());
    assertEquals(List.of("main:1", "main:2"), database.history());
  }

  /**
   * A view the migration does not declare, which reads a view whose query cannot replace it in
   * place, is created again right after that view, with what it carried.
   */
  @Test
  void anUndeclaredReaderOfAViewThatCannotBeReplacedInPlaceKeepsThem() {
    strata(V1).upgrade();
    database.execute(
        "CREATE VIEW known_emails AS SELECT id, email FROM user_emails",
        // the reader's owner reads what it reads
        "GRANT SELECT ON user_emails TO " + owner);
    attach("known_emails");

    strata(V1, upperCaseEmails()).upgrade();

    assertAttached("known_emails");
    assertEquals(
        List.of("ANN@EXAMPLE.COM"), database.rows("SELECT email FROM known_emails WHERE id = 1"));
  }

  /**
   * A rule of such a reader that no longer fits it fails the migration, which leaves the reader as
   * it was: what it carried is never dropped without a word.
   */
  @Test
  void aReadersRuleThatNoLongerFitsFailsTheMigrationAndTheReaderKeepsIt() {
    strata(V1).upgrade();
    database.execute(
        "CREATE TABLE email_audit (id BIGINT)",
        "CREATE VIEW known_emails AS SELECT id, email FROM user_emails",
        "CREATE RULE audit_inserts AS ON INSERT TO known_emails"
            + " DO INSTEAD INSERT INTO email_audit (id) VALUES (new.id)");
    // id becomes text, which PostgreSQL does not assign to the audit's BIGINT
    FakeMigration textIds =
        FakeMigration.of(
            2,
            "Ids as text",
            ops ->
                ops.replaceView("user_emails", "SELECT CAST(id AS TEXT) AS id, email FROM users"),
            ops -> ops.replaceView("user_emails", EMAILS));

    assertThrows(StrataException.class, strata(V1, textIds)::upgrade);

    assertEquals(
        List.of("audit_inserts"),
        database.rows("SELECT rulename FROM pg_rules WHERE tablename = 'known_emails'"));
    assertEquals(List.of("main:1"), database.history());
  }

  // email becomes text: CREATE OR REPLACE VIEW refuses a column changing its type (42P16)
  private static FakeMigration upperCaseEmails() {
    return FakeMigration.of(
        2,
        "Upper-case emails",
        ops -> ops.replaceView("user_emails", "SELECT id, upper(email) AS email FROM users"),
        ops -> ops.replaceView("user_emails", EMAILS));
  }

  /** A grant to the reader, a comment, an INSTEAD OF trigger and another owner. */
  private void attach(String view) {
    database.execute(
        "CREATE FUNCTION ignore_writes_"
            + suffix
            + "() RETURNS trigger LANGUAGE plpgsql AS"
            + " 'BEGIN RETURN NULL; END'",
        "GRANT SELECT ON " + view + " TO " + reader,
        "COMMENT ON VIEW " + view + " IS 'for the reporting team'",
        "CREATE TRIGGER ignore_inserts INSTEAD OF INSERT ON "
            + view
            + " FOR EACH ROW EXECUTE FUNCTION ignore_writes_"
            + suffix
            + "()",
        "ALTER VIEW " + view + " OWNER TO " + owner);
  }

  private void assertAttached(String view) {
    assertEquals(List.of("t"), database.rows(canSelect(view)), "the grant to " + reader);
    assertEquals(List.of("for the reporting team"), database.rows(comment(view)));
    assertEquals(
        List.of("ignore_inserts"),
        database.rows(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = to_regclass('"
                + view
                + "') AND NOT tgisinternal"));
    assertEquals(List.of(owner), database.rows(ownerOf(view)));
  }

  /** The warnings Strata logs while {@code run} runs. */
  private static List<String> warningsDuring(Runnable run) {
    List<String> warnings = new ArrayList<>();
    Handler handler = warningsInto(warnings);
    Logger logger = Logger.getLogger("dev.strata.runtime");
    Level level = logger.getLevel();
    logger.setLevel(Level.WARNING);
    logger.addHandler(handler);
    try {
      run.run();
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(level);
    }
    return warnings;
  }

  private static Handler warningsInto(List<String> warnings) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel() == Level.WARNING) {
          warnings.add(record.getMessage());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }

  private String canSelect(String view) {
    return "SELECT has_table_privilege('" + reader + "', to_regclass('" + view + "'), 'SELECT')";
  }

  private static String comment(String view) {
    return "SELECT obj_description(to_regclass('" + view + "'), 'pg_class')";
  }

  private static String columnComment(String view, int column) {
    return "SELECT coalesce(col_description(to_regclass('" + view + "'), " + column + "), '')";
  }

  private static String ownerOf(String view) {
    return "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = to_regclass('" + view + "')";
  }

  private Strata strata(FakeMigration... migrations) {
    return Strata.configure(database.dataSource())
        .sources(FakeSource.of("main", List.of(migrations)))
        .load();
  }
}
