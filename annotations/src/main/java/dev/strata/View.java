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
}
