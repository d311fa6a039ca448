package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Strata;
import dev.strata.runtime.StrataException;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * NOT NULL columns added without a default ({@code short weight}, {@code @Column(nullable = false)}
 * on a {@code String} and a {@code LocalDate}), of which the build warns that the migration fails
 * on a table that has rows: it does on every database, the database refusing the rows' NULLs, and
 * gives Hibernate's schema on an empty table. MariaDB gives the rows of a table a column is added
 * to so a value of its own (0, '', the zero date {@code 0000-00-00}, which Hibernate cannot read),
 * where H2 and PostgreSQL refuse them.
 */
class AddedRequiredColumnTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/addedrequired", "org.example.addedrequired", List.of(), List.of("Crate"), false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void addedRequiredColumnsFailOnRowsAndGiveHibernatesSchemaOnNone(DatabaseKind kind)
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, MODEL.options());
    history.compileVersion(MODEL.folder(), 1, MODEL.sources());
    CompiledHistory later = new CompiledHistory(snapshots, laterClasses, MODEL.options());
    later.compileVersion(MODEL.folder(), 2, MODEL.sources());
    try (URLClassLoader second = later.load();
        TestDatabase filled = TestDatabases.open(kind);
        TestDatabase empty = TestDatabases.open(kind)) {
      Strata.configure(filled.dataSource()).classLoader(second).load().upgrade(1);
      filled.execute("INSERT INTO Crate (id, label) VALUES (1, 'a')");
      StrataException failure =
          assertThrows(
              StrataException.class,
              () -> Strata.configure(filled.dataSource()).classLoader(second).load().upgrade());
      String messages = messages(failure);
      assertTrue(
          List.of("weight", "owner", "packed").stream().anyMatch(messages::contains)
              && (messages.contains("null") || messages.contains("trunc")),
          messages);

      Strata.configure(empty.dataSource()).classLoader(second).load().upgrade();
      MODEL.assertHibernatesSchema(second, empty);
    }
  }

  private static String messages(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      text.append(cause.getMessage()).append('\n');
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }
}
