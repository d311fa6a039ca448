package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.spring.fixtures.Account;
import dev.strata.testing.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/**
 * A start that Strata fails is told as Spring Boot tells its own failures, in the properties a
 * Spring Boot user sets rather than the runtime's Java API.
 */
@ExtendWith(OutputCaptureExtension.class)
class StrataFailureAnalyzerTest {

  private TestDatabase database;

  @BeforeEach
  void openDatabase() throws SQLException {
    database = AccountsDatabase.open();
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void aFailedMigrationIsToldWithADescriptionAndAnAction(CapturedOutput output)
      throws SQLException {
    // another tool's table where Strata keeps its history
    database.execute("CREATE TABLE strata_schema_history (id INT PRIMARY KEY, note VARCHAR(20))");
    SpringApplication application = new SpringApplication(Application.class);
    application.setWebApplicationType(WebApplicationType.NONE);

    assertThrows(
        Exception.class, () -> application.run("--spring.datasource.url=" + database.url()));

    String all = output.toString();
    assertThat(all).contains("APPLICATION FAILED TO START");
    // Spring's own warning about the failed context quotes the runtime's message before it
    assertThat(all.substring(all.indexOf("APPLICATION FAILED TO START")))
        .contains(
            "Strata could not migrate the database at startup: The table strata_schema_history"
                + " exists but is not a Strata history table")
        .contains("Choose another history table with strata.history-table, or rename that table.")
        .contains("Correct what the description names and start again")
        .doesNotContain("Configuration.historyTable(...)");
  }

  @Test
  void aDatabaseNewerThanTheApplicationIsToldTheStrataPropertyThatRevertsAtStart(
      CapturedOutput output) throws SQLException {
    SpringApplication application = new SpringApplication(Application.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.run("--spring.datasource.url=" + database.url()).close();
    // version 3, applied by a newer build that was rolled back
    database.execute(
        "INSERT INTO strata_schema_history (migration_set, version, description, checksum,"
            + " applied_at, execution_ms, success, downgrade) VALUES ('main', 3,"
            + " 'Create newer_accounts', 'c3', CURRENT_TIMESTAMP, 1, TRUE,"
            + " '12:operations/18:dropView14:newer_accounts')");

    assertThrows(
        Exception.class, () -> application.run("--spring.datasource.url=" + database.url()));

    String all = output.toString();
    assertThat(all.substring(all.indexOf("APPLICATION FAILED TO START")))
        .contains("the code is older than the database")
        .contains("or start it with strata.unknown-migrations=revert to do so at every start")
        .doesNotContain("Configuration.unknownMigrations");
  }

  @Test
  void viewsChangedByHandUnderFailOnDriftAreToldWithThePropertyAndTheWaysOut(CapturedOutput output)
      throws SQLException {
    SpringApplication application = new SpringApplication(Application.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.run("--spring.datasource.url=" + database.url()).close();
    database.execute(
        "CREATE OR REPLACE VIEW active_accounts AS SELECT id, email FROM accounts WHERE id > 0");

    assertThrows(
        Exception.class,
        () ->
            application.run(
                "--spring.datasource.url=" + database.url(), "--strata.fail-on-drift=true"));

    String all = output.toString();
    assertThat(all.substring(all.indexOf("APPLICATION FAILED TO START")))
        .contains("Strata refuses to start: strata.fail-on-drift is on and 1 view differs")
        .contains("Put the views back as the description shows, or declare the change")
        .contains("strata.fail-on-drift=false")
        .doesNotContain("failOnDrift")
        .doesNotContain("Make the history and the code agree");
  }

  /**
   * A run of another application's migration set died half-way: drift cannot be looked for, and a
   * start under {@code strata.fail-on-drift} refuses, naming the run and the ways out, where it
   * started without looking.
   */
  @Test
  void anUnfinishedRunOfAnotherSetUnderFailOnDriftIsToldWithTheRunAndTheWaysOut(
      CapturedOutput output) throws SQLException {
    SpringApplication application = new SpringApplication(Application.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.run("--spring.datasource.url=" + database.url()).close();
    database.execute(
        "CREATE OR REPLACE VIEW active_accounts AS SELECT id, email FROM accounts WHERE id > 0",
        "INSERT INTO strata_schema_history (migration_set, version, description, checksum,"
            + " installed_by, applied_at, execution_ms, success, run_state, statements_done)"
            + " VALUES ('reporting', 1, 'Create sales', 'checksum-1', 'killed',"
            + " CURRENT_TIMESTAMP, 0, FALSE, 'UPGRADING', 1)");

    assertThrows(
        Exception.class,
        () ->
            application.run(
                "--spring.datasource.url=" + database.url(), "--strata.fail-on-drift=true"));

    String all = output.toString();
    assertThat(all.substring(all.indexOf("APPLICATION FAILED TO START")))
        .contains("Strata refuses to start: strata.fail-on-drift is on, and drift cannot be")
        .contains("V0001 \"Create sales\" of set reporting: did not finish; repair it")
        .contains("set strata.fail-on-drift=false")
        .doesNotContain("failOnDrift")
        .doesNotContain("Make the history and the code agree");
  }

  /**
   * MariaDB's driver takes {@code user:password@host} for a host and a port it cannot read and
   * quotes them in its message: the password in strata.url is masked where the failure is told.
   */
  @Test
  void aPasswordInStrataUrlIsNotShownWhenTheConnectionFails(CapturedOutput output) {
    SpringApplication application = new SpringApplication(Application.class);
    application.setWebApplicationType(WebApplicationType.NONE);

    assertThrows(
        Exception.class,
        () ->
            application.run(
                "--spring.datasource.url=" + database.url(),
                "--strata.url=jdbc:mariadb://strata:s3cret@127.0.0.1:3306/test"));

    String all = output.toString();
    assertThat(all).contains("APPLICATION FAILED TO START").contains("Incorrect port value");
    assertThat(all).doesNotContain("s3cret");
  }

  /**
   * The settings of the DataSource Strata migrates through, refused before anything connects, are
   * told the same way: what is wrong with them as the description, not a stack trace around it.
   */
  @Test
  void aRefusedMigrationDataSourceIsToldWithADescriptionAndAnAction(CapturedOutput output) {
    SpringApplication application = new SpringApplication(Application.class);
    application.setWebApplicationType(WebApplicationType.NONE);

    assertThrows(
        Exception.class,
        () ->
            application.run(
                "--spring.datasource.url=" + database.url(), "--strata.password=owner-secret"));

    String all = output.toString();
    assertThat(all).contains("APPLICATION FAILED TO START");
    assertThat(all.substring(all.indexOf("APPLICATION FAILED TO START")))
        .contains(
            "Strata cannot migrate through the DataSource it was given: strata.password is set")
        .contains("Correct the settings the description names")
        .doesNotContain("owner-secret");
  }

  /**
   * Under spring.jpa.defer-datasource-initialization=true Spring Boot starts Hibernate before every
   * database initializer, Strata's migration too: Hibernate's validation then fails on the views
   * that Strata has yet to create, which the failure alone ("missing table") does not tell.
   */
  @Test
  void hibernateValidatingBeforeTheMigrationUnderDeferredInitializationNamesTheProperty(
      CapturedOutput output) {
    SpringApplication application = new SpringApplication(JpaApplication.class);
    application.setWebApplicationType(WebApplicationType.NONE);

    assertThrows(
        Exception.class,
        () ->
            application.run(
                "--spring.datasource.url=" + database.url(),
                "--spring.jpa.hibernate.ddl-auto=validate",
                "--spring.jpa.defer-datasource-initialization=true"));

    String all = output.toString();
    assertThat(all).contains("APPLICATION FAILED TO START");
    assertThat(all.substring(all.indexOf("APPLICATION FAILED TO START")))
        .contains("Schema validation: missing table [active_accounts]")
        .contains(
            "spring.jpa.defer-datasource-initialization=true starts Hibernate before Strata's"
                + " migration")
        .contains("Remove spring.jpa.defer-datasource-initialization");
  }

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({DataSourceAutoConfiguration.class, StrataAutoConfiguration.class})
  static class Application {}

  @Configuration(proxyBeanMethods = false)
  @AutoConfigurationPackage(basePackageClasses = Account.class)
  @ImportAutoConfiguration({
    DataSourceAutoConfiguration.class,
    HibernateJpaAutoConfiguration.class,
    StrataAutoConfiguration.class
  })
  static class JpaApplication {}
}
