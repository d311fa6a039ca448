package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mapping changed from one version to the next in a way no migration realises without losing or
 * corrupting rows (a strategy of inheritance or key generation, an enum's storage, a sequence's
 * allocation) is an error on the entity, and no version is recorded; one that fails only on a table
 * with rows is a warning naming the ways out.
 */
class MappingEvolutionDiagnosticsTest {

  @TempDir Path snapshots;
  private MappingCompiler compiler;

  @BeforeEach
  void compiler() {
    compiler = new MappingCompiler(snapshots);
  }

  @Test
  void aNotNullColumnAddedWithoutADefaultIsAWarningNamingTheWaysOut(@TempDir Path classes)
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/defaults", 1, List.of("Item"));
    JavaFileObject source = JavaFileObjects.forResource("jpa/defaults/v2/Item.java");

    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "Version 2 adds column Item.stock as NOT NULL without a default: it fails on a table"
                + " that has rows; give the field a default with @ColumnDefault")
        .inFile(source)
        .onLineContaining("public class Item");
    // reserved has a default, which the rows already there take
    org.junit.jupiter.api.Assertions.assertFalse(
        compilation.warnings().stream()
            .anyMatch(w -> w.getMessage(null).contains("Item.reserved as NOT NULL")),
        compilation.warnings().toString());
  }

  /**
   * Before, nothing was said: the sequence starts at 1 as Hibernate creates it, and the rows' keys
   * (1 and 70, measured on H2, PostgreSQL and MariaDB) were the first ones it gave.
   */
  /**
   * Before, a warning that the sequence starts at 1, below the keys the rows may hold, and how to
   * restart it in a step; now the migration starts it after them.
   */
  @Test
  void aSequenceCreatedForATableWithRowsStartsAfterTheirKeys(@TempDir Path classes)
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/sequenceadded", 1, List.of("Invoice"));
    JavaFileObject source = JavaFileObjects.forResource("jpa/sequenceadded/v2/Invoice.java");

    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertTrue(compilation.warnings().isEmpty(), compilation.warnings()::toString);
    String migration = migration(compilation, "V0002");
    assertTrue(
        migration.contains(
            "ops.startSequenceAfterKeys(\"Invoice_SEQ\", 50L, \"Invoice\", \"id\");"),
        migration);
  }

  /**
   * A table that shares a sequence another table records, in a snapshot recorded before such a
   * table kept it: the next build records no version, as the sharing changes no migration.
   */
  @Test
  void aSnapshotThatLacksASharedSequenceRecordsNoVersion(@TempDir Path classes) throws Exception {
    List<String> names = List.of("package-info", "Ticket", "Voucher");
    new CompiledHistory(snapshots, classes, "-Astrata.tables=true")
        .compileVersion("oracle/sharedsequence", 1, names);
    String recorded = Files.readString(Assertions.files(snapshots).get(0));
    assertTrue(recorded.contains("\"keySequences\""), recorded);
    EarlierSnapshots.rewrite(
        snapshots, text -> text.replaceAll("(?s),\\s*\"keySequences\": \\[.*?\\]", ""));
    assertFalse(Files.readString(Assertions.files(snapshots).get(0)).contains("keySequences"));

    Compilation compilation =
        compiler.compile(
            names.stream()
                .map(
                    name ->
                        JavaFileObjects.forResource("oracle/sharedsequence/v1/" + name + ".java"))
                .toList(),
            "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertEquals(1, Assertions.files(snapshots).size(), "no version recorded");
  }

  /**
   * A generator row whose users a snapshot recorded before they were kept lacks: the next build
   * records no version, as the users change no migration.
   */
  @Test
  void aSnapshotThatLacksAGeneratorRowsUsersRecordsNoVersion(@TempDir Path classes)
      throws Exception {
    List<String> names = List.of("Invoice", "Receipt");
    new CompiledHistory(snapshots, classes, "-Astrata.tables=true")
        .compileResources(
            1, names.stream().map(name -> "jpa/tablegenadded/v2/" + name + ".java").toList());
    assertTrue(Files.readString(Assertions.files(snapshots).get(0)).contains("\"users\""));
    EarlierSnapshots.rewrite(
        snapshots, text -> text.replaceAll("(?s),\\s*\"users\": \\[.*?\\]", ""));
    assertFalse(Files.readString(Assertions.files(snapshots).get(0)).contains("\"users\""));

    Compilation compilation =
        compiler.compile(
            names.stream()
                .map(name -> JavaFileObjects.forResource("jpa/tablegenadded/v2/" + name + ".java"))
                .toList(),
            "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertEquals(1, Assertions.files(snapshots).size(), "no version recorded");
  }

  /**
   * A table whose keys were assigned and now come from a sequence other entities share already: no
   * sequence is created or dropped, yet the version is recorded, to start that one after its keys.
   */
  @Test
  void aTableThatStartsSharingASequenceRecordsAVersionThatStartsItAfterItsKeys(
      @TempDir Path classes) throws Exception {
    assertJoinStartsAfterKeys(
        classes,
        "jpa/sharedjoin",
        List.of("package-info", "Alpha", "Ticket"),
        "ops.startSequenceAfterKeys(\"shared_numbers\", 50L, \"Ticket\", \"id\");");
  }

  /** The same for a {@code @TableGenerator} segment other entities use already. */
  @Test
  void aTableThatStartsSharingAGeneratorRowRecordsAVersionThatMovesItPastItsKeys(
      @TempDir Path classes) throws Exception {
    assertJoinStartsAfterKeys(
        classes,
        "jpa/segmentjoin",
        List.of("Invoice", "Receipt"),
        "ops.execute(\"UPDATE id_gen SET next_val = (SELECT MAX(id) + 49 FROM Receipt) WHERE"
            + " sequence_name = 'docs' AND next_val < (SELECT MAX(id) + 49 FROM Receipt)\");");
  }

  private void assertJoinStartsAfterKeys(
      Path classes, String folder, List<String> names, String call) throws IOException {
    new CompiledHistory(snapshots, classes, "-Astrata.tables=true")
        .compileVersion(folder, 1, names);
    Compilation compilation =
        compiler.compile(
            names.stream()
                .map(name -> JavaFileObjects.forResource(folder + "/v2/" + name + ".java"))
                .toList(),
            "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertEquals(2, Assertions.files(snapshots).size(), "version 2 recorded");
    String migration = migration(compilation, "V0002");
    assertTrue(migration.contains(call), migration);
  }

  /**
   * A table that leaves its own sequence for one other entities share already, which the snapshot
   * records on another table: the shared one starts after the table's keys, and the downgrade
   * creates the table's own after them.
   */
  @Test
  void aTableThatJoinsASharedSequenceHasItStartAfterItsKeys(@TempDir Path classes)
      throws Exception {
    List<String> names = List.of("package-info", "Alpha", "Ticket");
    new CompiledHistory(snapshots, classes, "-Astrata.tables=true")
        .compileVersion("jpa/sequencejoined", 1, names);
    List<JavaFileObject> sources =
        names.stream()
            .map(name -> JavaFileObjects.forResource("jpa/sequencejoined/v2/" + name + ".java"))
            .toList();

    Compilation compilation = compiler.compile(sources, "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertTrue(compilation.warnings().isEmpty(), compilation.warnings()::toString);
    String migration = migration(compilation, "V0002");
    assertTrue(
        migration.contains(
            "ops.dropSequence(\"Ticket_SEQ\");\n"
                + "    // the table may hold rows: the keys the sequence gives go on after theirs\n"
                + "    ops.startSequenceAfterKeys(\"shared_numbers\", 50L, \"Ticket\", \"id\");"),
        migration);
    assertTrue(
        migration.contains(
            "ops.createSequence(\"Ticket_SEQ\", 1L, 50L);\n"
                + "    // the table may hold rows: the keys the sequence gives go on after theirs\n"
                + "    ops.startSequenceAfterKeys(\"Ticket_SEQ\", 50L, \"Ticket\", \"id\");"),
        migration);
  }

  // before, the error was on the class that owns the collection (helper appmodel3 met it)
  @Test
  void aCollectionTablesKeyChangeIsAnErrorOnTheCollection(@TempDir Path classes) throws Exception {
    new CompiledHistory(snapshots, classes, "-Astrata.tables=true")
        .compileVersion("jpa/orderadded", 1, List.of("Attendee"));
    JavaFileObject source = JavaFileObjects.forResource("jpa/orderadded/v2/Attendee.java");

    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "The primary key of table Attendee_phones changes from [] to [phones_ORDER,"
                + " Attendee_id], which Strata cannot migrate yet")
        .inFile(source)
        .onLineContaining("List<String> phones;");
  }

  /**
   * Before, Bin_SEQ, moved on to 500 by the rows' keys, was dropped for a StorageBin_SEQ that gave
   * 1 again (measured on H2, PostgreSQL and MariaDB, both namings), at first without a word, then
   * with a warning on how to keep it; now the migration renames it with its table, both ways.
   */
  @Test
  void aRenamedTablesSequenceNamedAfterItIsRenamedWithIt(@TempDir Path classes) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/renamedsequence", 1, List.of("Bin"));
    JavaFileObject source = JavaFileObjects.forResource("jpa/renamedsequence/v2/StorageBin.java");

    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertTrue(compilation.warnings().isEmpty(), compilation.warnings()::toString);
    String migration = migration(compilation, "V0002");
    assertTrue(
        migration.contains(
            "ops.renameTable(\"Bin\", \"StorageBin\");\n"
                + "    ops.renameSequence(\"Bin_SEQ\", \"StorageBin_SEQ\");"),
        migration);
    assertTrue(
        migration.contains("ops.renameSequence(\"StorageBin_SEQ\", \"Bin_SEQ\");"), migration);
    assertFalse(migration.contains("createSequence"), migration);
  }

  @Test
  void aSequenceCreatedForARenamedTableStartsAfterItsKeys(@TempDir Path classes) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/renamedkeygenerated", 1, List.of("Crate"));
    JavaFileObject source = JavaFileObjects.forResource("jpa/renamedkeygenerated/v2/Box.java");

    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertTrue(compilation.warnings().isEmpty(), compilation.warnings()::toString);
    String migration = migration(compilation, "V0002");
    assertTrue(
        migration.contains(
            "ops.renameTable(\"Crate\", \"Box\");\n    ops.createSequence(\"Box_SEQ\", 1L, 50L);"),
        migration);
    assertTrue(
        migration.contains("ops.startSequenceAfterKeys(\"Box_SEQ\", 50L, \"Box\", \"id\");"),
        migration);
  }

  @Test
  void aChangeOfInheritanceStrategyIsAnErrorRatherThanTablesThatLoseTheRows(@TempDir Path classes)
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/strategy", 1, List.of("Vehicle", "Car"));
    JavaFileObject root = JavaFileObjects.forResource("jpa/strategy/v2/Vehicle.java");

    Compilation compilation =
        compiler.compile(
            List.of(root, JavaFileObjects.forResource("jpa/strategy/v2/Car.java")),
            "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "The inheritance strategy of com.example.strategy.Vehicle changes from SINGLE_TABLE"
                + " to JOINED")
        .inFile(root)
        .onLineContaining("public class Vehicle");
    assertThat(compilation).hadErrorContaining("Keep @Inheritance(strategy = SINGLE_TABLE)");
    assertEquals(1, Assertions.files(snapshots).size(), "no version recorded");
  }

  @Test
  void aChangeOfGenerationStrategyIsAnErrorRatherThanAnEmptyMigration(@TempDir Path classes)
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/identity", 1, List.of("Ticket"));
    JavaFileObject source = JavaFileObjects.forResource("jpa/identity/v2/Ticket.java");

    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("Column Ticket.id becomes generated by the database")
        .inFile(source)
        .onLineContaining("public class Ticket");
  }

  @Test
  void anEnumStoredByNameInsteadOfOrdinalOrBackIsAnErrorRatherThanRowsGivenOtherConstants(
      @TempDir Path classes) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/enumstorage", 1, List.of("Level", "Task"));
    JavaFileObject source = JavaFileObjects.forResource("jpa/enumstorage/v2/Task.java");

    Compilation compilation =
        compiler.compile(
            List.of(JavaFileObjects.forResource("jpa/enumstorage/v2/Level.java"), source),
            "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("Column Task.lvl changes from TINYINT to ENUM('HIGH','LOW','MID')")
        .inFile(source)
        .onLineContaining("public class Task");
    assertThat(compilation)
        .hadErrorContaining("Column Task.stage changes from ENUM('HIGH','LOW','MID') to TINYINT")
        .inFile(source)
        .onLineContaining("public class Task");
    assertThat(compilation)
        .hadErrorContaining("Column Task.status changes from INTEGER to ENUM('HIGH','LOW','MID')")
        .inFile(source)
        .onLineContaining("public class Task");
  }

  @Test
  void aChangedAllocationSizeIsAnErrorRatherThanASequenceRestartedUnderUsedKeys(
      @TempDir Path classes) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/sequence", 1, List.of("Ticket"));
    JavaFileObject source = JavaFileObjects.forResource("jpa/sequence/v2/Ticket.java");

    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("Sequence Ticket_SEQ of table Ticket changes from start 1 increment 50")
        .inFile(source)
        .onLineContaining("@SequenceGenerator(name = \"Ticket_SEQ\"");
  }

  /**
   * Before, the error pointed at the leaf it was found in, Pallet, whose source names no sequence.
   */
  @Test
  void aHierarchysChangedAllocationSizeIsOneErrorOnItsSequenceGenerator(@TempDir Path classes)
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/sequencehierarchy", 1, List.of("Shipment", "Parcel", "Pallet"));
    JavaFileObject root = JavaFileObjects.forResource("jpa/sequencehierarchy/v2/Shipment.java");

    Compilation compilation =
        compiler.compile(
            List.of(
                root,
                JavaFileObjects.forResource("jpa/sequencehierarchy/v2/Parcel.java"),
                JavaFileObjects.forResource("jpa/sequencehierarchy/v2/Pallet.java")),
            "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("Sequence shipment_seq of table")
        .inFile(root)
        .onLineContaining("@SequenceGenerator(name = \"shipment_ids\"");
    assertEquals(
        1,
        compilation.errors().stream()
            .filter(error -> error.getMessage(null).contains("Sequence shipment_seq"))
            .count(),
        compilation.errors().toString());
  }

  @Test
  void aChangedAllocationSizeOfASequencePassingToAnotherTableIsAnErrorToo(@TempDir Path classes)
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion(
        "oracle/sharedsequence", 1, List.of("package-info", "Ticket", "Voucher"));
    JavaFileObject generator =
        JavaFileObjects.forResource("jpa/sharedallocation/package-info.java");

    Compilation compilation =
        compiler.compile(
            List.of(
                generator,
                JavaFileObjects.forResource("oracle/sharedsequence/v2/Badge.java"),
                JavaFileObjects.forResource("oracle/sharedsequence/v2/Ticket.java"),
                JavaFileObjects.forResource("oracle/sharedsequence/v2/Voucher.java")),
            "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Sequence shared_numbers of table Badge changes from start 1 increment 1 to start 1"
                + " increment 5")
        .inFile(generator)
        .onLineContaining("@SequenceGenerator(name = \"numbers\"");
  }

  @Test
  void aChangedInitialValueOfATableGeneratorIsAnErrorRatherThanASegmentRestarted(
      @TempDir Path classes) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/tablegen", 1, List.of("Ticket"));
    JavaFileObject source = JavaFileObjects.forResource("jpa/tablegen/v2/Ticket.java");

    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Segment Ticket of generator table id_gen changes its initial value from 0 to 1000")
        .inFile(source)
        .onLineContaining("public class Ticket");
  }

  /** The generated source of the migration {@code version} names, such as {@code V0002}. */
  private static String migration(Compilation compilation, String version) {
    return compilation.generatedSourceFiles().stream()
        .filter(file -> file.getName().contains(version))
        .map(MappingEvolutionDiagnosticsTest::text)
        .findFirst()
        .orElseThrow();
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
