package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.testing.FakeSource;
import dev.strata.testing.DataSources;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Views that Strata does not manage, on top of what it changes, on MariaDB. */
class MariaDbUndeclaredDependentTest extends UndeclaredDependentScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  /**
   * A report view a DBA created keeps its {@code DEFINER} when Strata creates it again, instead of
   * becoming the migrating account's: a short-lived migration account (a secrets manager's) would
   * otherwise leave it failing once that account is dropped ("The user specified as a definer does
   * not exist").
   */
  @Test
  void aDbasViewKeepsItsDefinerWhenCreatedAgain() {
    database.execute(
        "CREATE DEFINER = 'strata_dba'@'%' SQL SECURITY INVOKER VIEW user_emails AS"
            + " SELECT id, email FROM users");

    strata(WIDEN_EMAIL).upgrade();

    assertEquals(List.of("strata_dba@%|INVOKER"), definer("user_emails"));

    strata(WIDEN_EMAIL).downgrade(0);

    assertEquals(List.of("strata_dba@%|INVOKER"), definer("user_emails"));
  }

  /**
   * A report view's {@code ALGORITHM} (a DBA's {@code TEMPTABLE}, which MariaDB then never merges
   * into the query that reads it) is kept when Strata creates the view again around a change of the
   * table it reads, as its {@code DEFINER}, {@code SQL SECURITY} and check option are; it came back
   * {@code UNDEFINED}.
   */
  @Test
  void aReportViewKeepsItsAlgorithmWhenCreatedAgain() {
    database.execute(
        "CREATE ALGORITHM = TEMPTABLE DEFINER = 'strata_dba'@'%' SQL SECURITY INVOKER"
            + " VIEW user_emails AS"
            + " SELECT id, email FROM users");

    strata(WIDEN_EMAIL).upgrade();

    assertEquals(List.of("TEMPTABLE|strata_dba@%|INVOKER"), algorithm("user_emails"));

    strata(WIDEN_EMAIL).downgrade(0);

    assertEquals(List.of("TEMPTABLE|strata_dba@%|INVOKER"), algorithm("user_emails"));
  }

  private List<String> algorithm(String view) {
    return database.rows(
        "SELECT ALGORITHM, DEFINER, SECURITY_TYPE FROM INFORMATION_SCHEMA.VIEWS"
            + " WHERE TABLE_NAME = '"
            + view
            + "' AND TABLE_SCHEMA = DATABASE()");
  }

  /**
   * A migrating account that may not name another account as a definer (it lacks {@code SET USER}
   * or {@code SUPER}) creates the view as its own, as it did before, rather than failing.
   */
  @Test
  void aMigratingAccountThatCannotNameAnotherDefinerCreatesTheViewAsItsOwn() {
    String account = "strata_mig_" + UUID.randomUUID().toString().substring(0, 8);
    String schema = database.rows("SELECT DATABASE()").get(0);
    database.execute(
        "CREATE USER '" + account + "'@'%' IDENTIFIED BY 'secret'",
        "GRANT ALL PRIVILEGES ON `" + schema + "`.* TO '" + account + "'@'%'",
        "CREATE DEFINER = 'strata_dba'@'%' SQL SECURITY INVOKER VIEW user_emails AS"
            + " SELECT id, email FROM users");
    try {
      upgradeAs(account);

      assertEquals(List.of(account + "@%|INVOKER"), definer("user_emails"));
    } finally {
      database.execute("DROP USER '" + account + "'@'%'");
    }
  }

  /**
   * {@code SET USER} granted through the migrating account's default role counts as granted to it:
   * the catalog's list of the account's privileges leaves out its role's, and the view became the
   * short-lived account's.
   */
  @Test
  void aMigratingAccountThatMayNameDefinersThroughItsRoleKeepsTheDbasDefiner() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String account = "strata_mig_" + suffix;
    String role = "strata_definers_" + suffix;
    String schema = database.rows("SELECT DATABASE()").get(0);
    database.execute(
        "CREATE ROLE " + role,
        "GRANT SET USER ON *.* TO " + role,
        "CREATE USER '" + account + "'@'%' IDENTIFIED BY 'secret'",
        "GRANT ALL PRIVILEGES ON `" + schema + "`.* TO '" + account + "'@'%'",
        "GRANT " + role + " TO '" + account + "'@'%'",
        "SET DEFAULT ROLE " + role + " FOR '" + account + "'@'%'",
        "CREATE DEFINER = 'strata_dba'@'%' SQL SECURITY INVOKER VIEW user_emails AS"
            + " SELECT id, email FROM users");
    try {
      upgradeAs(account);

      assertEquals(List.of("strata_dba@%|INVOKER"), definer("user_emails"));
    } finally {
      database.execute("DROP USER '" + account + "'@'%'", "DROP ROLE " + role);
    }
  }

  /**
   * A view whose {@code DEFINER} is a role (MariaDB shows it as {@code role@}) keeps the role:
   * named with a host, {@code 'role'@''}, it became the account {@code 'role'@'%'}, which does not
   * exist, and every read of the view failed ("The user specified as a definer does not exist").
   */
  @Test
  void aDbasViewDefinedByARoleKeepsTheRoleAndCanBeRead() {
    String role = "strata_role_" + UUID.randomUUID().toString().substring(0, 8);
    String schema = database.rows("SELECT DATABASE()").get(0);
    database.execute(
        "CREATE ROLE " + role,
        "GRANT SELECT ON `" + schema + "`.* TO " + role,
        "CREATE DEFINER = "
            + role
            + " SQL SECURITY DEFINER VIEW user_emails AS"
            + " SELECT id, email FROM users");
    try {
      strata(WIDEN_EMAIL).upgrade();

      assertEquals(List.of(role + "@|DEFINER"), definer("user_emails"));
      assertEquals(List.of("3"), database.rows("SELECT count(*) FROM user_emails"));
    } finally {
      database.execute("DROP VIEW user_emails", "DROP ROLE " + role);
    }
  }

  /** Upgrades with {@link #WIDEN_EMAIL} as {@code account}, whose password is {@code secret}. */
  private void upgradeAs(String account) {
    Strata.configure(DataSources.of(database.url().replaceFirst("\\?.*$", ""), account, "secret"))
        .sources(FakeSource.of("main", List.of(WIDEN_EMAIL)))
        .load()
        .upgrade();
  }

  private List<String> definer(String view) {
    return database.rows(
        "SELECT DEFINER, SECURITY_TYPE FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_NAME = '"
            + view
            + "' AND TABLE_SCHEMA = DATABASE()");
  }
}
