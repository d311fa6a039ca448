package dev.strata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a JPA entity's table, or one of its columns, had another name until now, so that
 * Strata renames it instead of dropping it and creating a new, empty one. Renames are declared,
 * never guessed.
 *
 * <pre>{@code
 * @Entity
 * @RenamedFrom("clients")
 * public class Customer {
 *   @Column(name = "email_address")
 *   @RenamedFrom("email")
 *   private String emailAddress;
 * }
 * }</pre>
 *
 * <p>It acts only while the newest snapshot still has the old name, so it may stay in the code.
 * Used with {@code -Astrata.tables=true}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface RenamedFrom {

  /** The previous name of the table or column. */
  String value();
}
