package dev.strata.test;

import dev.strata.runtime.JavaStep;
import dev.strata.runtime.StepContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Version 2 of the shop as {@link ShopSteps#addCity}, with one more object that a hand-written step
 * creates only if it is not there yet (or replaces), as a step that may run again does, and that
 * the downgrade forgets: applying the version again after a rollback fails no statement, so only
 * the comparison with what the upgrade to version 1 left can tell.
 */
final class QuietSteps {

  private QuietSteps() {}

  /** A sequence created {@code IF NOT EXISTS}. */
  static ScriptedSource.Step sequence() {
    return withStep(
        "Add city and customer_numbers",
        step -> execute(step, "CREATE SEQUENCE IF NOT EXISTS customer_numbers"));
  }

  /** A function created {@code OR REPLACE}, or an H2 alias {@code IF NOT EXISTS}. */
  static ScriptedSource.Step function() {
    return withStep(
        "Add city and customer_label",
        step ->
            execute(
                step,
                switch (step.database()) {
                  case POSTGRESQL ->
                      "CREATE OR REPLACE FUNCTION customer_label(n VARCHAR) RETURNS VARCHAR"
                          + " LANGUAGE SQL AS 'SELECT UPPER(n)'";
                  case MYSQL ->
                      "CREATE OR REPLACE FUNCTION customer_label(n VARCHAR(100))"
                          + " RETURNS VARCHAR(100) DETERMINISTIC RETURN UPPER(n)";
                  default ->
                      "CREATE ALIAS IF NOT EXISTS customer_label FOR"
                          + " 'java.lang.String.valueOf(java.lang.Object)'";
                }));
  }

  /** A trigger created {@code OR REPLACE} or {@code IF NOT EXISTS}. */
  static ScriptedSource.Step trigger() {
    return withStep(
        "Add city and customers_trim",
        step -> {
          switch (step.database()) {
            case POSTGRESQL -> {
              execute(
                  step,
                  "CREATE OR REPLACE FUNCTION trim_name() RETURNS trigger LANGUAGE plpgsql AS"
                      + " 'BEGIN NEW.name := TRIM(NEW.name); RETURN NEW; END'");
              execute(
                  step,
                  "CREATE OR REPLACE TRIGGER customers_trim BEFORE INSERT ON customers"
                      + " FOR EACH ROW EXECUTE FUNCTION trim_name()");
            }
            case MYSQL ->
                execute(
                    step,
                    "CREATE TRIGGER IF NOT EXISTS customers_trim BEFORE INSERT ON customers"
                        + " FOR EACH ROW SET NEW.name = TRIM(NEW.name)");
            default ->
                execute(
                    step,
                    "CREATE TRIGGER IF NOT EXISTS customers_trim BEFORE INSERT ON customers"
                        + " FOR EACH ROW CALL '"
                        + TrimTrigger.class.getName()
                        + "'");
          }
        });
  }

  /** A check constraint added only if the table has none of its name. */
  static ScriptedSource.Step check() {
    return withStep(
        "Add city and customers_name_not_blank",
        step -> {
          try (PreparedStatement exists =
              step.connection()
                  .prepareStatement(
                      "SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                          + " WHERE LOWER(CONSTRAINT_NAME) = 'customers_name_not_blank'")) {
            try (ResultSet rows = exists.executeQuery()) {
              if (rows.next()) {
                return;
              }
            }
          }
          execute(
              step,
              "ALTER TABLE customers ADD CONSTRAINT customers_name_not_blank CHECK (name <> '')");
        });
  }

  private static ScriptedSource.Step withStep(String description, JavaStep upgrade) {
    ScriptedSource.Step addCity = ShopSteps.addCity(ScriptedSources.FULL_VIEW, true);
    return new ScriptedSource.Step(
        description,
        ops -> {
          addCity.upgrade().accept(ops);
          ops.runStep(
              new JavaStep() {
                @Override
                public void upgrade(StepContext step) throws SQLException {
                  upgrade.upgrade(step);
                }

                @Override
                public void downgrade(StepContext step) {
                  // forgets what its upgrade made
                }
              });
        },
        addCity.downgrade());
  }

  private static void execute(StepContext step, String sql) throws SQLException {
    try (Statement statement = step.connection().createStatement()) {
      statement.execute(sql);
    }
  }
}
