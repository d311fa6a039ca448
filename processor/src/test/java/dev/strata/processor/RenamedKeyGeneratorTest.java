package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
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
      long before = persistNew(first, PACKAGE, List.of("Bin"), spring, database);
      try (URLClassLoader second = renamed.load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        long after = persistNew(second, PACKAGE, List.of("StorageBin"), spring, database);
        assertTrue(after > before, () -> "StorageBin's key " + after + " after Bin's " + before);

        strata.downgrade(1);
        long back = persistNew(first, PACKAGE, List.of("Bin"), spring, database);
        assertTrue(back > after, () -> "Bin's key " + back + " after StorageBin's " + after);
      }
    }
  }

  /**
   * A TABLE_PER_CLASS leaf's sequence is named after its abstract root, which has no table: the
   * root renamed, the migration renames Shipment_SEQ to Consignment_SEQ. Before, it dropped the one
   * and created the other at 1, with a warning on how to restart it.
   */
  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aSequenceNamedAfterARenamedAbstractRootKeepsItsPosition(DatabaseKind kind, boolean spring)
      throws Exception {
    String folder = "jpa/renamedroot";
    String pkg = "org.example.renamedroot";
    ParityModel shipments =
        new ParityModel(folder, pkg, List.of("Shipment"), List.of("Parcel"), spring);
    ParityModel renamed =
        new ParityModel(folder, pkg, List.of("Consignment"), List.of("Parcel"), spring);
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader first = shipments.load(1, snapshots, classes)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      long before = persistNew(first, pkg, List.of("Parcel", "Shipment"), spring, database);
      try (URLClassLoader second = renamed.load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        long after = persistNew(second, pkg, List.of("Parcel", "Consignment"), spring, database);
        assertTrue(after > before, () -> "Parcel's key " + after + " after " + before);

        strata.downgrade(1);
        long back = persistNew(first, pkg, List.of("Parcel", "Shipment"), spring, database);
        assertTrue(back > after, () -> "Parcel's key " + back + " after " + after);
      }
    }
  }

  /**
   * The key Hibernate gives a new instance of the first of {@code entities}, booted with them all,
   * on a schema it validates first.
   */
  private static long persistNew(
      ClassLoader loader, String pkg, List<String> entities, boolean spring, TestDatabase database)
      throws Exception {
    List<Class<?>> types = new ArrayList<>();
    for (String entity : entities) {
      types.add(loader.loadClass(pkg + "." + entity));
    }
    return (Long)
        new HibernateOracle(types, loader, spring).persistNew(database.dataSource(), types.get(0));
  }
}
