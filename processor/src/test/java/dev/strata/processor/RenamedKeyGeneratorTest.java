package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table renamed with {@code @RenamedFrom} whose {@code @TableGenerator} segment is named after it
 * (no {@code pkColumnValue}: Hibernate's segment is the table's name) keeps the segment's position:
 * the migration renames the row, {@code UPDATE id_gen SET sequence_name = 'StorageBin' WHERE
 * sequence_name = 'Bin'}, and its downgrade renames it back, so Hibernate's next key goes on after
 * the rows' on either side. Before, it deleted the row and inserted the new segment's at 0, and
 * Hibernate's next key was one the rows held (its insert failed on the primary key).
 */
class RenamedKeyGeneratorTest {

  private static final String FOLDER = "jpa/renamedgenerator";
  private static final String PACKAGE = "org.example.renamedgenerator";

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aTableGeneratorsSegmentNamedAfterARenamedTableKeepsItsPosition(
      DatabaseKind kind, boolean spring) throws Exception {
    ParityModel bins = new ParityModel(FOLDER, PACKAGE, List.of(), List.of("Bin"), spring);
    ParityModel renamed =
        new ParityModel(FOLDER, PACKAGE, List.of(), List.of("StorageBin"), spring);
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader first = bins.load(1, snapshots, classes)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      long before = persistNew(first, "Bin", spring, database);
      try (URLClassLoader second = renamed.load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        long after = persistNew(second, "StorageBin", spring, database);
        assertTrue(after > before, () -> "StorageBin's key " + after + " after Bin's " + before);

        strata.downgrade(1);
        long back = persistNew(first, "Bin", spring, database);
        assertTrue(back > after, () -> "Bin's key " + back + " after StorageBin's " + after);
      }
    }
  }

  /** The key Hibernate gives a new instance of {@code entity}, on a schema it validates first. */
  private static long persistNew(
      ClassLoader loader, String entity, boolean spring, TestDatabase database) throws Exception {
    Class<?> type = loader.loadClass(PACKAGE + "." + entity);
    return (Long)
        new HibernateOracle(List.of(type), loader, spring).persistNew(database.dataSource(), type);
  }
}
