package dev.strata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a database view on a class; Strata's annotation processor turns every change to the
 * views of a module into a versioned migration at compile time.
 *
 * <pre>{@code
 * @View(name = "active_users", sql = "SELECT id, email FROM users WHERE active = TRUE")
 * public class ActiveUser { ... }
 * }</pre>
 *
 * <p>The class is often also a JPA entity mapped onto the view ({@code @Entity @Immutable}).
 * Retention is {@code RUNTIME} so that the processor can read the views of classes that are only on
 * the classpath (incremental and IDE builds compile some files only), and so that tools can find
 * them by reflection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface View {

  /**
   * The view's name in the database: a plain SQL identifier (letters, digits and underscores, not
   * starting with a digit), optionally qualified by a schema ({@code reporting.active_users}).
   *
   * <p>Defaults to the name given by JPA's {@code @Table(name = ...)} on the same class if there is
   * one, else to the class's simple name in snake_case ({@code ActiveUser} becomes {@code
   * active_user}).
   */
  String name() default "";

  /**
   * The query that defines the view: one {@code SELECT} (or {@code WITH ... SELECT}) statement,
   * without a trailing semicolon. Strata executes it exactly as written.
   */
  String sql();

  /**
   * Views of the same module that this view reads in a way Strata cannot see in its SQL (inside a
   * function call, or in vendor syntax it does not parse), by name. Strata creates them before this
   * view and drops them after it.
   *
   * <pre>{@code
   * @View(name = "report", sql = "SELECT * FROM report_rows()", dependsOn = "daily_totals")
   * }</pre>
   */
  String[] dependsOn() default {};

  /**
   * The name this view had until now, to rename it rather than drop the old view and create a new
   * one (grants and the views that read it are kept). Leave it in place after the rename: it only
   * acts while the newest snapshot still has the old name.
   *
   * <pre>{@code
   * @View(name = "customer_totals", renamedFrom = "order_totals", sql = "SELECT ...")
   * }</pre>
   */
  String renamedFrom() default "";

  /**
   * Tables this view reads that the module does not declare as JPA entities, because another tool
   * or a person manages them. Strata then trusts that they exist and does not run the view's query
   * at compile time.
   *
   * <pre>{@code
   * @View(name = "legacy_totals", sql = "SELECT ... FROM ledger", externalTables = "ledger")
   * }</pre>
   */
  String[] externalTables() default {};

  /**
   * Whether Strata runs the query at compile time on an in-memory H2 database built from the
   * module's entities, and checks its columns against the fields of this class. Turn it off for SQL
   * that H2 cannot run, even in the compatibility mode of {@code -Astrata.dialect}.
   */
  boolean verify() default true;

  /**
   * Whether the view stores its rows: a {@code CREATE MATERIALIZED VIEW} on PostgreSQL, emulated by
   * a table filled from the query on H2 and MariaDB. Its rows change only when it is refreshed
   * ({@code Strata.refresh(name)}, {@code strata refresh}).
   *
   * <pre>{@code
   * @View(name = "customer_totals", materialized = true, sql = "SELECT ...",
   *       indexes = @View.Index(columns = "customer_id", unique = true))
   * }</pre>
   */
  boolean materialized() default false;

  /**
   * Whether a materialized view is filled when it is created ({@code WITH DATA}); when false it
   * stays empty (on PostgreSQL unreadable) until its first refresh. Only with {@code materialized}.
   */
  boolean withData() default true;

  /** The indexes of a materialized view, created with it every time it is created. */
  Index[] indexes() default {};

  /**
   * An index on a materialized view, in {@link #indexes}. A unique index is what {@code REFRESH
   * MATERIALIZED VIEW CONCURRENTLY} needs on PostgreSQL.
   *
   * <pre>{@code
   * @View.Index(name = "customer_totals_id_key", columns = "customer_id", unique = true)
   * }</pre>
   */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({})
  @interface Index {

    /**
     * The index's name; defaults to the view's name, the columns and {@code key} or {@code idx}.
     */
    String name() default "";

    /** The view's columns it indexes, in order, by their names in the view. */
    String[] columns();

    /** Whether no two rows may share the values of these columns. */
    boolean unique() default false;
  }
}
