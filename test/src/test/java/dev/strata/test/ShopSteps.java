package dev.strata.test;

import dev.strata.runtime.Column;
import dev.strata.runtime.Table;
import java.util.List;

/**
 * The steps of a small shop whose migrations realise its snapshots exactly, and the broken variants
 * of one step each that the kit must catch.
 */
final class ShopSteps {

  static final String NAMES_VIEW = "SELECT UPPER(name) AS upper_name FROM customers";

  private ShopSteps() {}

  /** Version 1 as its snapshot says, with a name column of type VARCHAR(100), NOT NULL. */
  static ScriptedSource.Step createCustomers() {
    return createCustomers(Column.of("name", "VARCHAR(100)").notNull());
  }

  /** Version 1: a customers table and a view on it. */
  static ScriptedSource.Step createCustomers(Column name) {
    Table customers =
        new Table(
            "customers",
            List.of(Column.of("id", "BIGINT").notNull(), name, Column.of("email", "VARCHAR(255)")),
            List.of("id"));
    return new ScriptedSource.Step(
        "Create customers and active_customers",
        ops -> {
          ops.createTable(customers);
          ops.createView("active_customers", "SELECT id, name FROM customers");
        },
        ops -> {
          ops.dropView("active_customers");
          ops.dropTable("customers");
        });
  }

  /** Version 2: a column, a wider view and a second view. */
  static ScriptedSource.Step addCity(String activeSql, boolean downgradeDropsNames) {
    return new ScriptedSource.Step(
        "Add city, widen active_customers, create customer_names",
        ops -> {
          ops.addColumn("customers", Column.of("city", "VARCHAR(100)"));
          ops.replaceView("active_customers", activeSql);
          ops.createView("customer_names", NAMES_VIEW);
        },
        ops -> {
          if (downgradeDropsNames) {
            ops.dropView("customer_names");
          }
          // PostgreSQL's CREATE OR REPLACE VIEW cannot drop a column
          ops.dropView("active_customers");
          ops.createView("active_customers", "SELECT id, name FROM customers");
          ops.dropColumn("customers", "city");
        });
  }

  /**
   * Version 2 as {@link #addCity}, with a view that raw SQL creates, which no snapshot knows, and
   * which the downgrade forgets.
   */
  static ScriptedSource.Step addCityAndReportLeftBehind() {
    ScriptedSource.Step addCity = addCity(ScriptedSources.FULL_VIEW, true);
    return new ScriptedSource.Step(
        "Add city and customer_report",
        ops -> {
          addCity.upgrade().accept(ops);
          ops.execute("CREATE VIEW customer_report AS SELECT id, city FROM customers");
        },
        ops -> {
          ops.execute("DROP VIEW customer_report");
          addCity.downgrade().accept(ops);
          ops.execute("CREATE VIEW customer_report AS SELECT id FROM customers");
        });
  }

  /**
   * Version 2 as {@link #addCity}, with a customer that raw SQL inserts and the downgrade forgets:
   * the schema compares equal (the kit does not compare rows), but the version cannot apply again
   * after a rollback.
   */
  static ScriptedSource.Step addCityAndRowLeftBehind() {
    ScriptedSource.Step addCity = addCity(ScriptedSources.FULL_VIEW, true);
    return new ScriptedSource.Step(
        "Add city and the walk-in customer",
        ops -> {
          addCity.upgrade().accept(ops);
          ops.execute("INSERT INTO customers (id, name) VALUES (0, 'walk-in')");
        },
        addCity.downgrade());
  }

  /**
   * Version 2 as {@link #addCity}, with an index that raw SQL creates if it is not there yet, as a
   * hand-written step that may run again would, and that the downgrade forgets: no step fails.
   */
  static ScriptedSource.Step addCityAndIndexLeftBehindQuietly() {
    ScriptedSource.Step addCity = addCity(ScriptedSources.FULL_VIEW, true);
    return new ScriptedSource.Step(
        "Add city and customers_name_idx",
        ops -> {
          addCity.upgrade().accept(ops);
          ops.execute("CREATE INDEX IF NOT EXISTS customers_name_idx ON customers (name)");
        },
        addCity.downgrade());
  }

  /**
   * Version 2 as {@link #addCity}, whose downgrade gives active_customers back with the snapshot's
   * column names but id as a CHAR(20).
   */
  static ScriptedSource.Step addCityRetypingActive() {
    return new ScriptedSource.Step(
        "Add city, widen active_customers, create customer_names",
        addCity(ScriptedSources.FULL_VIEW, true).upgrade(),
        ops -> {
          ops.dropView("customer_names");
          ops.dropView("active_customers");
          ops.createView(
              "active_customers", "SELECT CAST(id AS CHAR(20)) AS id, name FROM customers");
          ops.dropColumn("customers", "city");
        });
  }

  /**
   * Version 2 as {@link #addCity}, whose downgrade gives active_customers back with the columns and
   * types of version 1 but a query that keeps only the customers with an email.
   */
  static ScriptedSource.Step addCityNarrowingActive() {
    return new ScriptedSource.Step(
        "Add city, widen active_customers, create customer_names",
        addCity(ScriptedSources.FULL_VIEW, true).upgrade(),
        ops -> {
          ops.dropView("customer_names");
          ops.dropView("active_customers");
          ops.createView(
              "active_customers", "SELECT id, name FROM customers WHERE email IS NOT NULL");
          ops.dropColumn("customers", "city");
        });
  }

  /**
   * Version 1 as {@link #createCustomers()}, with a table of notes that raw SQL creates, its
   * foreign key to customers included.
   */
  static ScriptedSource.Step createCustomersAndNotes() {
    ScriptedSource.Step customers = createCustomers();
    return new ScriptedSource.Step(
        "Create customers, active_customers and notes",
        ops -> {
          customers.upgrade().accept(ops);
          ops.execute(
              "CREATE TABLE notes (id INT PRIMARY KEY, customer_id BIGINT, CONSTRAINT"
                  + " notes_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id))");
        },
        ops -> {
          ops.execute("DROP TABLE notes");
          customers.downgrade().accept(ops);
        });
  }

  /**
   * Version 2 as {@link #addCity}, dropping the notes' foreign key if it is there, as a step that
   * may run again would; its downgrade forgets to add it back, and no step fails.
   */
  static ScriptedSource.Step addCityDroppingNotesKeyForGood() {
    ScriptedSource.Step addCity = addCity(ScriptedSources.FULL_VIEW, true);
    return new ScriptedSource.Step(
        "Add city, drop notes_customer_fk",
        ops -> {
          addCity.upgrade().accept(ops);
          ops.execute("ALTER TABLE notes DROP CONSTRAINT IF EXISTS notes_customer_fk");
        },
        addCity.downgrade());
  }

  /**
   * Version 2 as {@link #addCity}, keying notes by id and customer_id (H2's and MariaDB's syntax);
   * its downgrade forgets to key them by id again, and applying it again does not fail.
   */
  static ScriptedSource.Step addCityWideningNotesKey() {
    ScriptedSource.Step addCity = addCity(ScriptedSources.FULL_VIEW, true);
    return new ScriptedSource.Step(
        "Add city, key notes by id and customer_id",
        ops -> {
          addCity.upgrade().accept(ops);
          ops.execute("UPDATE notes SET customer_id = 0 WHERE customer_id IS NULL");
          ops.execute("ALTER TABLE notes ALTER COLUMN customer_id SET NOT NULL");
          ops.execute("ALTER TABLE notes DROP PRIMARY KEY");
          ops.execute("ALTER TABLE notes ADD PRIMARY KEY (id, customer_id)");
        },
        addCity.downgrade());
  }

  /** Version 2 done by recreating customers: right schema, rows lost. */
  static ScriptedSource.Step recreateCustomers() {
    Table customers =
        new Table(
            "customers",
            List.of(
                Column.of("id", "BIGINT").notNull(),
                Column.of("name", "VARCHAR(100)").notNull(),
                Column.of("email", "VARCHAR(255)"),
                Column.of("city", "VARCHAR(100)")),
            List.of("id"));
    return new ScriptedSource.Step(
        "Recreate customers",
        ops -> {
          ops.dropView("active_customers");
          ops.dropTable("customers");
          ops.createTable(customers);
          ops.createView("active_customers", ScriptedSources.FULL_VIEW);
          ops.createView("customer_names", NAMES_VIEW);
        },
        addCity(ScriptedSources.FULL_VIEW, true).downgrade());
  }

  /** Version 3: drops customer_names. */
  static ScriptedSource.Step dropNames() {
    return new ScriptedSource.Step(
        "Drop customer_names",
        ops -> ops.dropView("customer_names"),
        ops -> ops.createView("customer_names", NAMES_VIEW));
  }
}
