package dev.strata.runtime.internal.dialect;

import java.util.Locale;

/**
 * What MySQL and MariaDB forget of a column that {@code MODIFY COLUMN} restates without them: a
 * character set and collation of its own (other than its table's), an {@code ON UPDATE} clause
 * ({@code updated_at} set to the time of each update), {@code INVISIBLE}, and its comment. A DBA
 * who made a code column {@code utf8mb4_bin} so that its unique index tells {@code abc} from {@code
 * ABC} would otherwise find it case-insensitive again after Strata widened it. PostgreSQL's {@code
 * ALTER COLUMN ... TYPE} forgets the collation alone.
 *
 * @param characterSet the column's own character set, or null where it takes the table's (always
 *     null on PostgreSQL, whose character set is the database's)
 * @param collation the column's own collation, or null where it takes the table's
 * @param onUpdate the expression of its {@code ON UPDATE} clause, or null for none
 * @param invisible whether {@code SELECT *} leaves it out
 * @param commentLiteral its comment as a string literal in the SQL mode of the session that read it
 *     ({@link MySqlStringLiteral}), or null for none
 */
public record ColumnAttributes(
    String characterSet,
    String collation,
    String onUpdate,
    boolean invisible,
    String commentLiteral) {

  public static final ColumnAttributes NONE = new ColumnAttributes(null, null, null, false, null);

  /** These attributes with the comment {@code literal} instead, or none for null. */
  public ColumnAttributes withComment(String literal) {
    return new ColumnAttributes(characterSet, collation, onUpdate, invisible, literal);
  }

  /**
   * The clause that follows a column's type {@code nativeType} to give it its character set and
   * collation back, if it holds characters; empty otherwise.
   */
  public String characters(String nativeType) {
    if (collation == null || !holdsCharacters(nativeType)) {
      return "";
    }
    return (characterSet == null ? "" : " CHARACTER SET " + characterSet) + " COLLATE " + collation;
  }

  /**
   * The clauses that end a column's definition to give it its {@code ON UPDATE}, invisibility and
   * comment back; empty for none.
   */
  public String trailingClauses() {
    return (onUpdate == null ? "" : " ON UPDATE " + onUpdate)
        + (invisible ? " INVISIBLE" : "")
        + (commentLiteral == null ? "" : " COMMENT " + commentLiteral);
  }

  private static boolean holdsCharacters(String nativeType) {
    String type = nativeType.strip().toUpperCase(Locale.ROOT);
    return type.startsWith("VARCHAR")
        || type.startsWith("CHAR")
        || type.endsWith("TEXT")
        || type.startsWith("ENUM")
        || type.startsWith("SET");
  }
}
