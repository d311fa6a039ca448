package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** With {@code -Astrata.tables=true}, JPA entities' tables are versioned and migrated too. */
class TableMigrationsTest {

  @TempDir Path snapshots;

  @Test
  void entitiesBecomeTablesCreatedBeforeTheViewsThatReadThem() throws IOException {
    Compilation first = compile("v1");

    assertThat(first).succeeded();
    String snapshot = Files.readString(Assertions.snapshotFile(snapshots, 1));
    org.junit.jupiter.api.Assertions.assertTrue(snapshot.contains("\"tables\": ["), snapshot);
    assertGenerated(first, "V0001_Create1ViewAnd2Tables", "tables-create");
  }

  @Test
  void aDeclaredColumnRenameAndAnAddedColumnMigrateTheTable() throws IOException {
    compile("v1");

    Compilation second = compile("v2");

    assertThat(second).succeeded();
    assertGenerated(second, "V0002_AlterTableCustomers", "tables-alter");
  }

  @Test
  void stepsThatCanLoseDataAreWarningsOnTheEntityNamingTheData() {
    compile("v1");
    compile("v2");

    Compilation third = compile("v3");

    assertThat(third).succeeded();
    JavaFileObject customer = JavaFileObjects.forResource("tables/v3/Customer.java");
    assertThat(third)
        .hadWarningContaining("Version 3 drops column customers.city and the data in it")
        .inFile(customer)
        .onLineContaining("public class Customer");
    assertThat(third)
        .hadWarningContaining(
            "Version 3 changes column customers.name from VARCHAR(255) NOT NULL to VARCHAR(50)"
                + " NOT NULL")
        .inFile(customer)
        .onLineContaining("public class Customer");
    assertThat(third)
        .hadWarningContaining("Version 3 adds column customers.loyaltyPoints as NOT NULL")
        .inFile(customer)
        .onLineContaining("public class Customer");
  }

  /**
   * A column made NOT NULL, its type kept, warns of the rows where it is NULL and says how to fill
   * them, rather than of values that do not fit its unchanged type.
   */
  @Test
  void aColumnMadeNotNullIsAWarningNamingItsNullRowsAndTheWayOut(@TempDir Path classes)
      throws IOException {
    new CompiledHistory(snapshots, classes, "-Astrata.tables=true")
        .compileVersion("jpa/notnull", 1, List.of("Account"));
    JavaFileObject account = JavaFileObjects.forResource("jpa/notnull/v2/Account.java");

    Compilation second =
        new StrataCompiler(snapshots).withOption("-Astrata.tables=true").compile(List.of(account));

    assertThat(second).succeeded();
    assertThat(second)
        .hadWarningContaining(
            "Version 2 makes column Account.tenant NOT NULL: rows where it is NULL make the"
                + " migration fail. Give the field a default with @ColumnDefault, which fills them"
                + " first, or fill them in a @Step(version = 2, runs = Step.Runs.BEFORE_GENERATED)")
        .inFile(account)
        .onLineContaining("public class Account");
  }

  @Test
  void narrowingsTheDatabasesApplyWithoutAnErrorAreWarningsSayingWhatIsLost(@TempDir Path classes)
      throws IOException {
    new CompiledHistory(snapshots, classes, "-Astrata.tables=true")
        .compileVersion("jpa/narrowing", 1, List.of("Reading"));
    JavaFileObject reading = JavaFileObjects.forResource("jpa/narrowing/v2/Reading.java");

    Compilation second =
        new StrataCompiler(snapshots).withOption("-Astrata.tables=true").compile(List.of(reading));

    assertThat(second).succeeded();
    assertThat(second)
        .hadWarningContaining(
            "Version 2 changes column Reading.price from DECIMAL(12,4) to DECIMAL(12,2): every"
                + " database rounds the values to its decimals without an error")
        .inFile(reading)
        .onLineContaining("public class Reading");
    assertThat(second)
        .hadWarningContaining(
            "Version 2 changes column Reading.taken from TIMESTAMP to DATE: every database drops"
                + " the time of day from the values without an error")
        .inFile(reading)
        .onLineContaining("public class Reading");
    assertThat(second)
        .hadWarningContaining(
            "Version 2 changes column Reading.weight from DOUBLE PRECISION to BIGINT: every"
                + " database rounds the values to its decimals without an error")
        .inFile(reading)
        .onLineContaining("public class Reading");
    assertThat(second)
        .hadWarningContaining(
            "Version 2 changes column Reading.label from VARCHAR(100) to VARCHAR(50): values that"
                + " do not fit make the migration fail")
        .inFile(reading)
        .onLineContaining("public class Reading");
  }

  @Test
  void constantsAddedToAnEnumStoredByItsPositionAreAWarningThatRowsMayChangeMeaning(
      @TempDir Path classes) throws IOException {
    new CompiledHistory(snapshots, classes, "-Astrata.tables=true")
        .compileVersion("jpa/enumgrows", 1, List.of("Task"));
    JavaFileObject task = JavaFileObjects.forResource("jpa/enumgrows/v2/Task.java");

    Compilation second =
        new StrataCompiler(snapshots).withOption("-Astrata.tables=true").compile(List.of(task));

    assertThat(second).succeeded();
    assertThat(second)
        .hadWarningContaining(
            "Version 2 lets column Task.level, an enum stored by its position (ordinal), hold 0"
                + " to 2 where it held 0 to 1: constants were added to its enum")
        .inFile(task)
        .onLineContaining("public class Task");
    assertThat(second).hadWarningContaining("@Enumerated(EnumType.STRING)");
  }

  @Test
  void aForeignKeyOverColumnsWithRowsIsAWarningNamingTheWayOut(@TempDir Path classes)
      throws IOException {
    new CompiledHistory(snapshots, classes, "-Astrata.tables=true")
        .compileVersion("jpa/foreignkeyback", 1, List.of("Owner", "Pet"));
    JavaFileObject pet = JavaFileObjects.forResource("jpa/foreignkeyback/v2/Pet.java");

    Compilation second =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.tables=true")
            .compile(List.of(JavaFileObjects.forResource("jpa/foreignkeyback/v2/Owner.java"), pet));

    assertThat(second).succeeded();
    assertThat(second)
        .hadWarningContaining(
            "Version 2 adds a foreign key from Pet(breeder_id) to Owner(id): rows already there"
                + " that refer to no Owner make the migration fail")
        .inFile(pet)
        .onLineContaining("public class Pet");
    // the key only renamed held over the rows already
    assertNoWarningContaining(second, "Pet(owner_id)");
  }

  // before, the key to the renamed table was taken for a new one: a warning of rows it may refuse
  @Test
  void aForeignKeyToATableRenamedInTheVersionHeldOverTheRowsAlready(@TempDir Path classes)
      throws IOException {
    Compilation second =
        secondVersion(
            classes,
            "jpa/renamedtarget",
            List.of("Staff", "Ticket"),
            List.of("StaffMember", "Ticket"));

    assertThat(second).succeeded();
    assertNoWarningContaining(second, "adds a foreign key");
  }

  // before, the downgrade's steps were named as they run, after the table's rename back (Staff),
  // and the narrowing went unreported: it was looked for under that name in the version's schema
  @Test
  void theDowngradeLossesOfARenamedTableAreNamedAsTheVersionNamesIt(@TempDir Path classes)
      throws IOException {
    Compilation second =
        secondVersion(
            classes,
            "jpa/renamedtarget",
            List.of("Staff", "Ticket"),
            List.of("StaffMember", "Ticket"));

    assertThat(second)
        .hadWarningContaining(
            "its downgrade changes column StaffMember.name back from VARCHAR(100) to VARCHAR(50),"
                + " which stops at or cuts values that do not fit; drops column"
                + " StaffMember.email and the data in it");
  }

  // before, the constant added was a warning that values may not fit, and a column of a given type
  // (columnDefinition) said nothing of the constant its downgrade takes away; and one added with a
  // longer length (ENUM(...)(16) made ENUM(...)(24), varchar(20) made varchar(40)) still was
  @Test
  void anEnumConstantAddedIsNoWarningAndItsDowngradeWarnsOfTheRowsThatHoldIt(@TempDir Path classes)
      throws IOException {
    Compilation second =
        secondVersion(
            classes, "jpa/enumvalues", List.of("Status", "Ticket"), List.of("Status", "Ticket"));

    assertThat(second).succeeded();
    assertNoWarningContaining(second, "Version 2 changes column");
    assertThat(second)
        .hadWarningContaining(
            "its downgrade changes column Ticket.plain back from"
                + " ENUM('ARCHIVED','CLOSED','OPEN') to ENUM('CLOSED','OPEN')");
    assertThat(second)
        .hadWarningContaining(
            "changes column Ticket.given back from varchar(32) AS GIVEN"
                + " ENUM('ARCHIVED','CLOSED','OPEN') to varchar(32) AS GIVEN ENUM('CLOSED','OPEN')");
    assertThat(second)
        .hadWarningContaining(
            "changes column Ticket.sized back from ENUM('ARCHIVED','CLOSED','OPEN')(24) to"
                + " ENUM('CLOSED','OPEN')(16)");
    assertThat(second)
        .hadWarningContaining(
            "changes column Ticket.givenSized back from varchar(40) AS GIVEN"
                + " ENUM('ARCHIVED','CLOSED','OPEN') to varchar(20) AS GIVEN ENUM('CLOSED','OPEN')");
  }

  @Test
  void aUniqueConstraintOverColumnsWithRowsIsAWarningNamingTheWayOut(@TempDir Path classes)
      throws IOException {
    new CompiledHistory(snapshots, classes, "-Astrata.tables=true")
        .compileVersion("jpa/uniqueadded", 1, List.of("Member"));
    JavaFileObject member = JavaFileObjects.forResource("jpa/uniqueadded/v2/Member.java");

    Compilation second =
        new StrataCompiler(snapshots).withOption("-Astrata.tables=true").compile(List.of(member));

    assertThat(second).succeeded();
    assertThat(second)
        .hadWarningContaining(
            "Version 2 makes Member(email) unique: rows already there that share a value make the"
                + " migration fail")
        .inFile(member)
        .onLineContaining("public class Member");
    // the new column holds only NULLs, which no unique constraint compares
    org.junit.jupiter.api.Assertions.assertTrue(
        second.warnings().stream()
            .map(w -> w.getMessage(null))
            .noneMatch(w -> w.startsWith("Version 2 makes") && w.contains("mentor_id")),
        second.warnings()::toString);
  }

  // before, each was looked for in the version before under its new name, found in none, and
  // nothing was said: a column or table renamed in the version hid what it did to the rows
  @Test
  void stepsOverRowsOfAColumnOrTableRenamedInTheVersionAreWarnings(@TempDir Path classes)
      throws IOException {
    Compilation second =
        secondVersion(
            classes, "jpa/renamedunique", List.of("Member", "Club"), List.of("Member", "Team"));

    assertThat(second).succeeded();
    assertThat(second).hadWarningContaining("Version 2 makes Member(mail) unique");
    assertThat(second)
        .hadWarningContaining(
            "Version 2 changes column Member.handle from VARCHAR(40) to VARCHAR(20)");
    assertThat(second).hadWarningContaining("Version 2 makes Team(name) unique");
    assertThat(second)
        .hadWarningContaining("Version 2 changes column Team.name from VARCHAR(40) to VARCHAR(20)");
    assertThat(second)
        .hadWarningContaining(
            "Version 2 adds a foreign key from Team(captain_id) to Member(id): rows already there"
                + " that refer to no Member make the migration fail");
  }

  @Test
  void droppingAnEntityIsAWarningThatItsTableGoesWithEveryRow() {
    compile("v1");

    Compilation second =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.tables=true")
            .compileResources("tables/v1/Customer.java");

    assertThat(second).succeeded();
    assertThat(second).hadWarningContaining("Version 2 drops table orders and every row in it");
  }

  /**
   * A collection table dropped with its field is warned of on the entity that stays, renamed or
   * not; the warning had no place in the sources before.
   */
  @ParameterizedTest
  @CsvSource({"Team, @RenamedFrom(\"Crew\")", "Crew, ''"})
  void aDroppedCollectionTableIsAWarningOnTheEntityThatKeepsGoing(String name, String renamedFrom) {
    new StrataCompiler(snapshots)
        .withOption("-Astrata.tables=true")
        .compile(List.of(crew("Crew", "", "@ElementCollection List<String> tags;")));
    JavaFileObject kept = crew(name, renamedFrom, "");

    Compilation second =
        new StrataCompiler(snapshots).withOption("-Astrata.tables=true").compile(List.of(kept));

    assertThat(second).succeeded();
    assertThat(second)
        .hadWarningContaining("Version 2 drops table Crew_tags and every row in it")
        .inFile(kept)
        .onLineContaining("public class " + name);
  }

  private static JavaFileObject crew(String name, String renamedFrom, String collection) {
    return JavaFileObjects.forSourceLines(
        "shop." + name,
        "package shop;",
        "import dev.strata.RenamedFrom;",
        "import jakarta.persistence.*;",
        "import java.util.List;",
        "@Entity " + renamedFrom,
        "public class " + name + " {",
        "  @Id Long id;",
        "  String label;",
        "  " + collection,
        "}");
  }

  @Test
  void withoutTheOptionTablesAreOnlyReadToCheckViews() throws IOException {
    List<JavaFileObject> sources = sources("v1");
    Compilation compilation = new StrataCompiler(snapshots).compile(sources);

    assertThat(compilation).succeeded();
    org.junit.jupiter.api.Assertions.assertFalse(
        Files.readString(Assertions.snapshotFile(snapshots, 1)).contains("\"tables\""));
    assertThat(compilation).generatedSourceFile("com.example.shop.V0001_CreateCustomerTotals");
  }

  @Test
  void aBuildWithoutTheOptionOnAHistoryOfTablesIsAnErrorNotAVersionDroppingThem()
      throws IOException {
    compile("v1");
    byte[] before = Files.readAllBytes(Assertions.snapshotFile(snapshots, 1));

    Compilation forgotten = new StrataCompiler(snapshots).compile(sources("v2"));

    assertThat(forgotten).failed();
    assertThat(forgotten)
        .hadErrorContaining(
            "records the tables customers and orders, but this build does not version tables");
    assertThat(forgotten).hadErrorContaining("-Astrata.tables=true");
    Assertions.assertSnapshotVersions(snapshots, "0001");
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        before, Files.readAllBytes(Assertions.snapshotFile(snapshots, 1)));
  }

  @Test
  void aTestCompilationWithTheEntitiesOnTheClasspathGeneratesNothing(@TempDir Path classes)
      throws IOException {
    new CompiledHistory(snapshots, classes, "-Astrata.tables=true")
        .compileResources(
            1,
            "tables/v1/Customer.java",
            "tables/v1/PurchaseOrder.java",
            "tables/v1/CustomerTotal.java")
        .load()
        .close();

    Compilation tests =
        new StrataCompiler(snapshots)
            .withClassesIn(classes)
            .withOption("-Astrata.tables=true")
            .compileResources("good/plain/Application.java");

    assertThat(tests).succeeded();
    org.junit.jupiter.api.Assertions.assertEquals(
        1, tests.generatedFiles().size(), "only Application.class");
  }

  private Compilation compile(String version) {
    return new StrataCompiler(snapshots)
        .withOption("-Astrata.tables=true")
        .compile(sources(version));
  }

  private static List<JavaFileObject> sources(String version) {
    return List.of(
        JavaFileObjects.forResource("tables/" + version + "/Customer.java"),
        JavaFileObjects.forResource("tables/" + version + "/PurchaseOrder.java"),
        JavaFileObjects.forResource("tables/" + version + "/CustomerTotal.java"));
  }

  private static void assertGenerated(Compilation compilation, String simpleName, String step)
      throws IOException {
    JavaFileObject file =
        compilation
            .generatedSourceFile("com.example.shop." + simpleName)
            .orElseThrow(
                () -> new AssertionError(simpleName + " in " + compilation.generatedSourceFiles()));
    GoldenFiles.assertMatches(
        step + "/" + simpleName + ".java", file.getCharContent(false).toString());
  }

  /**
   * Compiles version 1 of the model in {@code folder} from the classes {@code first}, then version
   * 2 from {@code second}, and returns the second compilation.
   */
  private Compilation secondVersion(
      Path classes, String folder, List<String> first, List<String> second) throws IOException {
    new CompiledHistory(snapshots, classes, "-Astrata.tables=true")
        .compileVersion(folder, 1, first);
    List<JavaFileObject> sources =
        second.stream()
            .map(name -> JavaFileObjects.forResource(folder + "/v2/" + name + ".java"))
            .toList();
    return new StrataCompiler(snapshots).withOption("-Astrata.tables=true").compile(sources);
  }

  private static void assertNoWarningContaining(Compilation compilation, String text) {
    List<String> warnings =
        compilation.warnings().stream().map(warning -> warning.getMessage(null)).toList();
    org.junit.jupiter.api.Assertions.assertTrue(
        warnings.stream().noneMatch(warning -> warning.contains(text)), warnings::toString);
  }
}
