package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table or column that a database the module runs on takes for a keyword is a compile error on
 * the field or class that names it, instead of a {@code CREATE TABLE} failing at startup: the
 * databases are those of {@code -Astrata.dialect} and {@code -Astrata.targets}, H2 by default.
 */
class ReservedNamesTest {

  private static final JavaFileObject READING =
      JavaFileObjects.forSourceString(
          "shop.Reading",
          """
          package shop;

          import jakarta.persistence.Column;
          import jakarta.persistence.Entity;
          import jakarta.persistence.Id;
          import java.math.BigDecimal;

          @Entity
          public class Reading {
            @Id Long id;
            BigDecimal dec;
            @Column(name = "reading_year") Integer year;
            @Column(name = "value") Integer amount;
          }
          """);

  private static final JavaFileObject USER =
      JavaFileObjects.forSourceString(
          "shop.User",
          """
          package shop;

          import jakarta.persistence.Entity;
          import jakarta.persistence.Id;

          @Entity
          public class User {
            @Id Long id;
            String email;
          }
          """);

  private static final JavaFileObject CLIENT =
      JavaFileObjects.forSourceString(
          "shop.Client",
          """
          package shop;

          import jakarta.persistence.CollectionTable;
          import jakarta.persistence.Column;
          import jakarta.persistence.ElementCollection;
          import jakarta.persistence.Entity;
          import jakarta.persistence.Id;
          import jakarta.persistence.MapKeyColumn;
          import java.util.Map;
          import java.util.Set;

          @Entity
          public class Client {
            @Id Long id;

            @ElementCollection
            @Column(name = "value")
            @CollectionTable(name = "web_origins")
            Set<String> webOrigins;

            @ElementCollection
            @Column(name = "value")
            Set<String> redirectUris;

            @ElementCollection
            @MapKeyColumn(name = "name")
            @Column(name = "value")
            Map<String, Integer> registeredNodes;
          }
          """);

  /**
   * A join table named implicitly (Team_Player), and one @JoinTable(name) names, both with a
   * keyword column.
   */
  private static final JavaFileObject TEAM =
      JavaFileObjects.forSourceString(
          "shop.Team",
          """
          package shop;

          import jakarta.persistence.Entity;
          import jakarta.persistence.Id;
          import jakarta.persistence.JoinColumn;
          import jakarta.persistence.JoinTable;
          import jakarta.persistence.ManyToMany;
          import java.util.Set;

          @Entity
          public class Team {
            @Id Long id;

            @ManyToMany
            @JoinTable(inverseJoinColumns = @JoinColumn(name = "value"))
            Set<Player> players;

            @ManyToMany
            @JoinTable(name = "team_coaches", inverseJoinColumns = @JoinColumn(name = "value"))
            Set<Player> coaches;
          }

          @Entity
          class Player {
            @Id Long id;
          }
          """);

  @TempDir Path snapshots;

  @Test
  void aColumnNamedByAKeywordOfH2IsAnErrorOnItsFieldByDefault() {
    Compilation compilation = compile(READING);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("The name of column value of table Reading is a reserved word of H2")
        .inFile(READING)
        .onLineContaining("Integer amount;");
    assertThat(compilation).hadErrorContaining("Name it otherwise with @Column(name = \"...\")");
    // renamed away from the keyword by its @Column, and dec is no keyword of H2
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * Keycloak's ClientEntity names the values' column of three collection tables {@code VALUE}: each
   * error points at the collection whose table it is, not at the first field with such a column.
   */
  @Test
  void aKeywordColumnOfACollectionTableIsAnErrorOnThatCollection() {
    Compilation compilation = compile(CLIENT, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("column value of table web_origins is a reserved word of H2")
        .inFile(CLIENT)
        .onLineContaining("Set<String> webOrigins;");
    assertThat(compilation)
        .hadErrorContaining("column value of table Client_redirectUris is a reserved word of H2")
        .inFile(CLIENT)
        .onLineContaining("Set<String> redirectUris;");
    assertThat(compilation)
        .hadErrorContaining("column value of table Client_registeredNodes is a reserved word of H2")
        .inFile(CLIENT)
        .onLineContaining("Map<String, Integer> registeredNodes;");
    assertThat(compilation).hadErrorCount(3);
  }

  // before, the way out named @Column(name), which names neither column, and the join column's
  // error was on the class
  @Test
  void aKeywordColumnThatAMapKeyOrOrderColumnNamesIsAnErrorNamingThatAnnotation() {
    JavaFileObject venue =
        JavaFileObjects.forSourceString(
            "shop.Venue",
            """
            package shop;

            import jakarta.persistence.ElementCollection;
            import jakarta.persistence.Entity;
            import jakarta.persistence.Id;
            import jakarta.persistence.JoinColumn;
            import jakarta.persistence.ManyToOne;
            import jakarta.persistence.MapKeyColumn;
            import jakarta.persistence.OrderColumn;
            import java.time.LocalDate;
            import java.util.List;
            import java.util.Map;

            @Entity
            public class Venue {
              @Id Long id;

              @ElementCollection
              @MapKeyColumn(name = "day")
              Map<LocalDate, Integer> openingHours;

              @ElementCollection
              @OrderColumn(name = "position")
              List<String> notes;

              @ManyToOne
              @JoinColumn(name = "year")
              Venue parent;
            }
            """);

    Compilation compilation = compile(venue, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "column day of table Venue_openingHours is a reserved word of H2: creating it fails"
                + " there, as Hibernate's own SQL naming it would, since both write names unquoted."
                + " Name it otherwise with @MapKeyColumn(name = \"...\")")
        .inFile(venue)
        .onLineContaining("Map<LocalDate, Integer> openingHours;");
    assertThat(compilation)
        .hadErrorContaining(
            "column year of table Venue is a reserved word of H2: creating it fails there, as"
                + " Hibernate's own SQL naming it would, since both write names unquoted. Name it"
                + " otherwise with @JoinColumn(name = \"...\")")
        .inFile(venue)
        .onLineContaining("Venue parent;");
    assertThat(compilation).hadErrorCount(2);
  }

  /**
   * Before, a join table named implicitly (no {@code @JoinTable(name)}) was not told from the
   * entity's table, and the error went to the first field with a column of that name, or the class.
   */
  @Test
  void aKeywordColumnOfAnImplicitlyNamedJoinTableIsAnErrorOnTheManyToMany() {
    Compilation compilation = compile(TEAM, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("column value of table Team_Player is a reserved word of H2")
        .inFile(TEAM)
        .onLineContaining("Set<Player> players;");
    assertThat(compilation)
        .hadErrorContaining("column value of table team_coaches is a reserved word of H2")
        .inFile(TEAM)
        .onLineContaining("Set<Player> coaches;");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void theDialectsDatabaseIsCheckedInsteadOfH2() {
    Compilation compilation = compile(READING, "-Astrata.dialect=mariadb");

    assertThat(compilation)
        .hadErrorContaining("The name of column dec of table Reading is a reserved word of MariaDB")
        .inFile(READING)
        .onLineContaining("BigDecimal dec;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void everyTargetIsCheckedAndEachRefusingDatabaseIsNamed() {
    Compilation compilation = compile(USER, "-Astrata.targets=postgresql,mysql,h2");

    assertThat(compilation)
        .hadErrorContaining("The name of table User is a reserved word of H2, PostgreSQL")
        .inFile(USER)
        .onLineContaining("public class User");
  }

  @Test
  void aMySqlTargetIsCheckedWithMariaDbsWords() {
    Compilation compilation = compile(READING, "-Astrata.targets=mysql");

    assertThat(compilation)
        .hadErrorContaining("column dec of table Reading is a reserved word of MySQL");
  }

  @Test
  void namesNoTargetRefusesAreRecorded() {
    Compilation compilation = compile(USER, "-Astrata.targets=mariadb");

    assertThat(compilation).succeeded();
  }

  private Compilation compile(JavaFileObject source, String... options) {
    StrataCompiler compiler = new StrataCompiler(snapshots).withOption("-Astrata.tables=true");
    for (String option : options) {
      compiler.withOption(option);
    }
    return compiler.compile(List.of(source));
  }
}
