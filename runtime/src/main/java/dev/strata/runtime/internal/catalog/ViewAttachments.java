package dev.strata.runtime.internal.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a PostgreSQL view or materialized view carries besides its query, which {@code DROP VIEW}
 * loses and {@code CREATE VIEW} does not bring back: the privileges granted on it, its comment, its
 * triggers ({@code INSTEAD OF}, which make it writable), its rules, its owner, and the privileges,
 * comments and defaults of its columns. Read before Strata drops a view that it creates again, as
 * the statements that give the new view the same; MySQL and MariaDB keep privileges by name, and
 * their views have no comments, triggers or rules. (Materialized views have no triggers or rules;
 * their indexes are Strata's own operations.)
 *
 * @param view the view's key, {@code schema.name} as the catalog stores them
 * @param statements what to run once the view exists again, in order: grants, comment, triggers,
 *     rules, and the owner last, which may take the migrating role's right to grant
 * @param columns what its columns carry, to give back before {@code statements} to the columns of
 *     the new view that have the same names
 * @param indexes a materialized view's indexes, by name, each as the {@code CREATE INDEX} that
 *     makes it again: those Strata did not declare are a DBA's, to give back too
 */
public record ViewAttachments(
    String view, List<String> statements, List<OnColumn> columns, Map<String, String> indexes) {

  /**
   * What one column of the view carries: a privilege granted on it alone, its comment or its
   * default ({@code ALTER VIEW ... SET DEFAULT}, which an insertable view's writes use).
   *
   * @param column the column's name
   * @param statement what gives a column of that name the same
   */
  public record OnColumn(String column, String statement) {}

  // the owner's own privileges are implied; an owner changed last keeps the grants' grantor valid;
  // what a column carries is given back apart, as the new view may no longer have that column;
  // each privilege names the column, as GRANT SELECT, UPDATE (c) grants SELECT on the whole view
  private static final String READ =
      "WITH v AS (SELECT c.oid, c.relowner, n.nspname || '.' || c.relname AS key,"
          + " c.oid::regclass::text AS name, c.relacl, CASE c.relkind WHEN 'm' THEN 'MATERIALIZED VIEW'"
          + " ELSE 'VIEW' END AS kind FROM pg_class c"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE c.oid = to_regclass(?) AND c.relkind IN ('v', 'm'))"
          + " SELECT key, 1, NULL, NULL, 'GRANT ' || string_agg(a.privilege_type, ', '"
          + " ORDER BY a.privilege_type) || ' ON ' || name || ' TO ' || "
          + grantee("a")
          + " FROM v, aclexplode(v.relacl) a WHERE a.grantee <> v.relowner"
          + " GROUP BY key, name, a.grantee, a.is_grantable"
          + " UNION ALL SELECT key, 2, NULL, NULL, 'COMMENT ON ' || kind || ' ' || name || ' IS '"
          + " || quote_literal(d.description) FROM v JOIN pg_description d ON d.objoid = v.oid"
          + " AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0"
          + " UNION ALL SELECT key, 3, NULL, NULL, pg_get_triggerdef(t.oid) FROM v"
          + " JOIN pg_trigger t ON t.tgrelid = v.oid AND NOT t.tgisinternal"
          + " UNION ALL SELECT key, 4, NULL, NULL, pg_get_ruledef(r.oid) FROM v"
          + " JOIN pg_rewrite r ON r.ev_class = v.oid AND r.rulename <> '_RETURN'"
          + " UNION ALL SELECT key, 5, NULL, NULL, 'ALTER ' || kind || ' ' || name || ' OWNER TO '"
          + " || quote_ident(pg_get_userbyid(v.relowner)) FROM v"
          + " WHERE pg_get_userbyid(v.relowner) <> current_user"
          + " UNION ALL SELECT key, 6, i.relname, NULL, pg_get_indexdef(i.oid) FROM v"
          + " JOIN pg_index x ON x.indrelid = v.oid JOIN pg_class i ON i.oid = x.indexrelid"
          + " UNION ALL SELECT key, 7, NULL, c.attname, 'GRANT ' || string_agg(a.privilege_type"
          + " || ' (' || quote_ident(c.attname) || ')', ', ' ORDER BY a.privilege_type) || ' ON '"
          + " || name || ' TO ' || "
          + grantee("a")
          + " FROM v JOIN pg_attribute c ON c.attrelid = v.oid AND c.attnum > 0"
          + " AND NOT c.attisdropped AND c.attacl IS NOT NULL, aclexplode(c.attacl) a"
          + " WHERE a.grantee <> v.relowner GROUP BY key, name, c.attname, a.grantee, a.is_grantable"
          + " UNION ALL SELECT key, 8, NULL, c.attname, 'COMMENT ON COLUMN ' || name || '.'"
          + " || quote_ident(c.attname) || ' IS ' || quote_literal(d.description) FROM v"
          + " JOIN pg_description d ON d.objoid = v.oid AND d.classoid = 'pg_class'::regclass"
          + " AND d.objsubid > 0 JOIN pg_attribute c ON c.attrelid = v.oid AND c.attnum = d.objsubid"
          + " UNION ALL SELECT key, 9, NULL, c.attname, 'ALTER VIEW ' || name || ' ALTER COLUMN '"
          + " || quote_ident(c.attname) || ' SET DEFAULT ' || pg_get_expr(f.adbin, f.adrelid)"
          + " FROM v JOIN pg_attrdef f ON f.adrelid = v.oid"
          + " JOIN pg_attribute c ON c.attrelid = v.oid AND c.attnum = f.adnum"
          + " ORDER BY 2, 5";

  /** Whom a row of {@code aclexplode} named {@code acl} grants to, as GRANT's tail says it. */
  private static String grantee(String acl) {
    return "CASE "
        + acl
        + ".grantee WHEN 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid("
        + acl
        + ".grantee)) END || CASE WHEN "
        + acl
        + ".is_grantable THEN ' WITH GRANT OPTION' ELSE '' END";
  }

  private static final String KEY =
      "SELECT n.nspname || '.' || c.relname FROM pg_class c"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass(?)";

  public ViewAttachments {
    statements = List.copyOf(statements);
    columns = List.copyOf(columns);
    indexes = Collections.unmodifiableMap(new TreeMap<>(indexes));
  }

  /**
   * The indexes of {@code indexes} but those named in {@code names}, whatever the case of their
   * letters, in their order: a materialized view's indexes that no migration declared.
   */
  public static Map<String, String> without(Map<String, String> indexes, Collection<String> names) {
    Set<String> excluded = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    excluded.addAll(names);
    Map<String, String> rest = new LinkedHashMap<>();
    indexes.forEach(
        (index, sql) -> {
          if (!excluded.contains(index)) {
            rest.put(index, sql);
          }
        });
    return rest;
  }

  /**
   * What view {@code name} (as {@code to_regclass} reads it) carries; null if there is no such view
   * or it carries nothing to give back.
   */
  static ViewAttachments read(Connection connection, String name) throws SQLException {
    String key = null;
    List<String> statements = new ArrayList<>();
    List<OnColumn> columns = new ArrayList<>();
    Map<String, String> indexes = new TreeMap<>();
    try (PreparedStatement statement = connection.prepareStatement(READ)) {
      statement.setString(1, name);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          key = rows.getString(1);
          String index = rows.getString(3);
          String column = rows.getString(4);
          String sql = rows.getString(5);
          if (index != null) {
            indexes.put(index, sql);
          } else if (column != null) {
            columns.add(new OnColumn(column, sql));
          } else {
            statements.add(sql);
          }
        }
      }
    }
    return key == null ? null : new ViewAttachments(key, statements, columns, indexes);
  }

  /** The key of relation {@code name} (as {@code to_regclass} reads it); null if there is none. */
  static String key(Connection connection, String name) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(KEY)) {
      statement.setString(1, name);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }
}
