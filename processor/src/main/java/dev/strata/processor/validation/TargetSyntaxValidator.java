package dev.strata.processor.validation;

import dev.strata.processor.DeclaredDialect;
import dev.strata.processor.DeclaredView;
import dev.strata.processor.jpa.ReservedWords;
import dev.strata.processor.sql.ForeignSyntax;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Refuses a query that a database the module runs on would refuse for syntax of another database
 * ({@link ForeignSyntax}): PostgreSQL's {@code ::} on MariaDB, MariaDB's backquotes on PostgreSQL.
 * Each database is given the query it runs, as the runtime picks it: its own dialect's, MariaDB's
 * falling back to MySQL's, else the portable one; the error is on that query's {@code sql}. The
 * portable query, which H2 checks at compile time, is also refused where a target would read it
 * otherwise ({@link ForeignSyntax#misreadBy}: a {@code "name"} is a string to MariaDB).
 */
public final class TargetSyntaxValidator {

  private static final List<String> CHECKED = List.of("mariadb", "mysql", "postgresql");

  private final Set<String> targets;
  private final int postgresqlVersion;

  /**
   * @param targets the databases the module runs on ({@code -Astrata.targets} and {@code
   *     -Astrata.dialect})
   * @param postgresqlVersion the release of PostgreSQL it runs on ({@code
   *     -Astrata.postgresqlVersion})
   */
  public TargetSyntaxValidator(Set<String> targets, int postgresqlVersion) {
    this.targets = Set.copyOf(targets);
    this.postgresqlVersion = postgresqlVersion;
  }

  public ValidationReport validate(List<DeclaredView> views) {
    ValidationReport report = new ValidationReport();
    for (DeclaredView view : views) {
      if (!view.inRound()) {
        continue;
      }
      // one error a query: MariaDB and MySQL may run the same one
      Set<String> reported = new HashSet<>();
      for (String database : CHECKED) {
        if (!targets.contains(database)) {
          continue;
        }
        Optional<DeclaredDialect> own = view.dialectRunOn(database);
        String query = own.map(DeclaredDialect::database).orElse("portable");
        String sql = own.map(DeclaredDialect::sql).orElse(view.sql());
        Optional<String> refused =
            ForeignSyntax.refusedBy(database, sql, own.isPresent(), postgresqlVersion)
                .or(() -> reservedName(database, sql, own.isPresent()));
        // only the portable query is also run by databases that read it otherwise
        Optional<String> misread =
            own.isPresent() ? Optional.empty() : ForeignSyntax.misreadBy(database, view.sql());
        if (refused.isPresent() && reported.add(query)) {
          report.error(
              ValidationMessages.foreignSyntax(view.name(), database, refused.get()),
              view.element(),
              own.map(DeclaredDialect::annotation).orElse(view.annotation()),
              own.map(DeclaredDialect::sqlValue).orElse(view.sqlValue()));
        } else if (misread.isPresent() && reported.add(query)) {
          report.error(
              ValidationMessages.misreadSyntax(view.name(), database, misread.get()),
              view.element(),
              view.annotation(),
              view.sqlValue());
        }
      }
    }
    return report;
  }

  /**
   * A name that the database refuses where it stands, one of its reserved words: on MySQL and
   * MariaDB any, after {@code AS} ({@code n AS rows}) or without it ({@code SELECT n rows}, {@code
   * FROM t div}); on PostgreSQL a table's or subquery's alias ({@code FROM t AS desc}, {@code FROM
   * t desc}). H2 takes most of them.
   */
  private static Optional<String> reservedName(String database, String sql, boolean ownQuery) {
    ReservedWords words = ReservedWords.of(database);
    List<String> withoutAs = ForeignSyntax.namesWithoutAs(database, sql);
    if (database.equals("postgresql")) {
      return Stream.concat(ForeignSyntax.relationAliasesAfterAs(sql).stream(), withoutAs.stream())
          .filter(name -> words.refuses(name, ReservedWords.Position.TABLE))
          .findFirst()
          .map(
              name ->
                  "the alias "
                      + name
                      + " of a table or subquery, a reserved word of PostgreSQL, which refuses it"
                      + " there: choose another name");
    }
    String instead =
        ownQuery
            ? "write it in backquotes, `%s`, or choose another name"
            : "choose another name (a quoted one reads otherwise on each database)";
    Optional<String> afterAs =
        ForeignSyntax.namesAfterAs(sql).stream()
            .filter(name -> words.refuses(name, ReservedWords.Position.COLUMN))
            .findFirst()
            .map(
                name ->
                    "the name "
                        + name
                        + " after AS, a reserved word of MySQL and MariaDB, which they refuse"
                        + " there: "
                        + instead.formatted(name));
    return afterAs.or(
        () ->
            withoutAs.stream()
                .filter(name -> words.refuses(name, ReservedWords.Position.COLUMN))
                .findFirst()
                .map(
                    name ->
                        "the name "
                            + name
                            + " without AS, a reserved word of MySQL and MariaDB, which they"
                            + " refuse as a name: "
                            + instead.formatted(name)));
  }
}
