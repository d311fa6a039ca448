package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check on a key the database generates (Sakila's {@code @Max(65536)} on its {@code IDENTITY}
 * keys) is a compile error on the key's field when the module runs on MySQL or MariaDB, which
 * refuse a {@code CHECK} on an {@code AUTO_INCREMENT} column, instead of a migration failing at
 * startup; other targets take it.
 */
class IdentityChecksTest {

  private static final JavaFileObject TICKET =
      JavaFileObjects.forSourceString(
          "shop.Ticket",
          """
          package shop;

          import jakarta.persistence.Entity;
          import jakarta.persistence.GeneratedValue;
          import jakarta.persistence.GenerationType;
          import jakarta.persistence.Id;
          import jakarta.validation.constraints.Max;

          @Entity
          public class Ticket {
            @Max(65536)
            @Id
            @GeneratedValue(strategy = GenerationType.IDENTITY)
            private Integer ticketId;

            @Max(10)
            private Integer seats;
          }
          """);

  @TempDir Path snapshots;

  @Test
  void aCheckOnAnIdentityKeyIsAnErrorWhereTheModuleRunsOnMariaDb() {
    Compilation compilation = compile("-Astrata.targets=postgresql,mariadb");

    assertThat(compilation)
        .hadErrorContaining(
            "reads column ticketId of table Ticket, which the database generates"
                + " (GenerationType.IDENTITY), and MySQL and MariaDB refuse a check on an"
                + " AUTO_INCREMENT column")
        .inFile(TICKET)
        .onLineContaining("private Integer ticketId;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aCheckOnAnIdentityKeyIsTakenWhereNeitherMySqlNorMariaDbRunsTheModule() {
    assertThat(compile("-Astrata.targets=h2,postgresql")).succeeded();
  }

  /** The premise, on the real server: MariaDB refuses the check Hibernate would write. */
  @Test
  void mariaDbRefusesACheckOnAnAutoIncrementColumn() throws Exception {
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      assertThrows(
          SQLException.class,
          () ->
              mariadb.execute(
                  "CREATE TABLE Ticket (ticketId integer not null auto_increment"
                      + " check (ticketId<=65536), primary key (ticketId))"));
    }
  }

  private Compilation compile(String targets) {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    compiler.withOption("-Astrata.tables=true").withOption(targets);
    return compiler.compile(List.of(TICKET));
  }
}
