package dev.strata.runtime.internal;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Checks and takes apart the plain SQL identifiers that Strata writes unquoted into SQL, so that
 * each database applies its own case rules to them.
 */
public final class Identifiers {

  private Identifiers() {}

  /**
   * Returns {@code name} if it is a plain identifier, optionally schema-qualified.
   *
   * @throws IllegalArgumentException naming {@code what} otherwise
   */
  public static String requireValid(String name, String what) {
    int dot = name == null ? -1 : name.indexOf('.');
    boolean valid =
        name != null
            && (dot < 0
                ? plain(name, 0, name.length())
                : plain(name, 0, dot) && plain(name, dot + 1, name.length()));
    if (!valid) {
      throw new IllegalArgumentException(
          invalid(what, name, "optionally schema-qualified as schema.name"));
    }
    return name;
  }

  /**
   * Returns {@code name} if it is a plain identifier without a schema, as columns, indexes and
   * constraints are named.
   *
   * @throws IllegalArgumentException naming {@code what} otherwise
   */
  public static String requirePlain(String name, String what) {
    if (name == null || !plain(name, 0, name.length())) {
      throw new IllegalArgumentException(invalid(what, name, "without a schema"));
    }
    return name;
  }

  /** Whether {@code name} is a plain identifier, as {@link #requirePlain} requires. */
  public static boolean isPlain(String name) {
    return name != null && plain(name, 0, name.length());
  }

  /**
   * Whether {@code name} from {@code start} to {@code end} is one plain identifier: letters, digits
   * and underscores, not starting with a digit; anything else would need quoting. A loop, not a
   * regular expression: every view a migration writes is checked, in each run and recording of it.
   */
  private static boolean plain(String name, int start, int end) {
    if (start == end || !letterOrUnderscore(name.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      char c = name.charAt(i);
      if (!letterOrUnderscore(c) && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean letterOrUnderscore(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }

  /** The schema part of {@code a.b}, or null for an unqualified name. */
  public static String schema(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? null : name.substring(0, dot);
  }

  /** The name without its schema. */
  public static String local(String name) {
    return name.substring(name.indexOf('.') + 1);
  }

  /**
   * A name for a short-lived object beside {@code name}, in its schema: its local part, cut so that
   * the whole fits MySQL's 64 characters, then {@code suffix}.
   */
  public static String companion(String name, String suffix) {
    String schema = schema(name);
    String local = local(name);
    String cut = local.substring(0, Math.min(local.length(), 64 - suffix.length())) + suffix;
    return schema == null ? cut : schema + "." + cut;
  }

  /**
   * The qualified name that view {@code from} has after a rename to {@code to}: in the schema of
   * {@code from}, since a rename never moves a view (nor a table).
   *
   * @throws IllegalArgumentException if {@code to} names another schema
   */
  public static String renamed(String from, String to) {
    return renamed(from, to, "view");
  }

  /** Like {@link #renamed(String, String)}, for a {@code what} such as "table". */
  public static String renamed(String from, String to, String what) {
    String schema = schema(from);
    String target = schema(to);
    if (target != null && !target.equalsIgnoreCase(schema == null ? "" : schema)) {
      throw new IllegalArgumentException(renameAcrossSchemas(what, from, to));
    }
    return schema == null ? local(to) : schema + "." + local(to);
  }

  /** The form in which the database stores an unquoted identifier, as catalogs spell it. */
  public static String stored(String identifier, DatabaseMetaData metaData) throws SQLException {
    if (metaData.storesUpperCaseIdentifiers()) {
      return identifier.toUpperCase(Locale.ROOT);
    }
    if (metaData.storesLowerCaseIdentifiers()) {
      return identifier.toLowerCase(Locale.ROOT);
    }
    return identifier;
  }

  private static String invalid(String what, String name, String qualification) {
    return "Invalid "
        + what
        + " '"
        + name
        + "': use a plain SQL identifier (letters, digits and underscores, not starting with a"
        + " digit), "
        + qualification;
  }

  private static String renameAcrossSchemas(String what, String from, String to) {
    return "Cannot rename "
        + what
        + " "
        + from
        + " to "
        + to
        + ": a rename keeps the "
        + what
        + " in its schema. Give the new name without a schema, or create the "
        + what
        + " in the other schema and drop the old one.";
  }
}
