package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each view's SQL runs at compile time on H2 built from the module's JPA entities; every
 * verification diagnostic lands on the element at fault.
 */
class VerificationDiagnosticsTest {

  private static final JavaFileObject CUSTOMER =
      JavaFileObjects.forResource("jpa/good/Customer.java");

  @TempDir Path snapshots;

  @Test
  void aViewEntityMatchingItsTableAndFieldsCompilesCleanly() {
    Compilation compilation = compile("jpa/good/ActiveCustomer.java");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.jpa.V0001_CreateActiveCustomers");
  }

  @Test
  void theH2DialectIsTheQueryRunAtCompileTimeAndItsErrorIsOnItsSqlAttribute() {
    Compilation compilation =
        assertErrorOn(
            "jpa/bad/H2DialectTypo.java",
            "sql = \"SELECT id, nmae",
            "View customer_names fails on a database built from this module's entities (H2)");
    assertThat(compilation).hadErrorContaining("Column \"NMAE\" not found");
  }

  @Test
  void anotherDatabasesDialectIsParsedButNotRunOnH2() {
    Compilation compilation = compile("jpa/good/PostgresOnlyNames.java");

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("com.example.jpa.V0001_CreateCustomerNames");
  }

  @Test
  void aTypoInAColumnIsAnErrorOnTheSqlAttributeWithTheDatabaseMessage() throws IOException {
    Compilation compilation =
        assertErrorOn(
            "jpa/bad/ColumnTypo.java",
            "sql =",
            "View typo fails on a database built from this module's entities (H2)");
    assertThat(compilation).hadErrorContaining("Column \"NMAE\" not found");
    Assertions.assertSnapshotVersions(snapshots);
  }

  @Test
  void aViewReadingATableH2CannotCreateIsAnErrorOnTheSqlAttributeBlamingTheTable() {
    assertErrorOn(
        "jpa/bad/UncreatableTable.java",
        "sql =",
        "View document_ids cannot be checked: table documents, which it reads, cannot be"
            + " created from its entity on a database built from this module's entities (H2): ");
  }

  @Test
  void aViewH2ResolvesInALoopIsAnErrorOnItsSqlAttributeNotAnInternalError() {
    JavaFileObject reader = JavaFileObjects.forResource("jpa/bad/CustomerIds.java");
    JavaFileObject source = JavaFileObjects.forResource("jpa/bad/IdSource.java");

    Compilation compilation =
        new StrataCompiler(snapshots).compile(List.of(CUSTOMER, reader, source));

    assertThat(compilation)
        .hadErrorContaining(
            "View customer_ids fails on a database built from this module's entities (H2): H2"
                + " ran out of stack space checking it")
        .inFile(reader)
        .onLineContaining("sql =");
    assertThat(compilation).hadErrorContaining("set @View(verify = false)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aQueryNestedTooDeeplyForH2IsAnErrorOnItsSqlAttributeNotAnInternalError() {
    // H2 recurses once per bracket: deep enough to exhaust any stack its compiled frames get (3000
    // did not always), short enough for a class file's string constant
    String nested = "(".repeat(20000) + "id" + ")".repeat(20000);
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "com.example.jpa.DeepIds",
            String.join(
                "\n",
                "package com.example.jpa;",
                "",
                "import dev.strata.View;",
                "",
                "@View(name = \"deep_ids\",",
                "    sql = \"SELECT " + nested + " AS id FROM customers\")",
                "public class DeepIds {}"));

    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(CUSTOMER, source));

    assertThat(compilation)
        .hadErrorContaining("View deep_ids fails on a database built from this module's entities")
        .inFile(source)
        .onLineContaining("sql =");
    assertThat(compilation).hadErrorContaining("H2 ran out of stack space checking it");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anUndeclaredTableIsAnErrorNamingItAndTheWaysOut() {
    Compilation compilation =
        assertErrorOn(
            "jpa/bad/UnknownTable.java",
            "sql =",
            "View client_names reads clients, which this module does not declare");
    assertThat(compilation).hadErrorContaining("@View(externalTables = \"clients\")");
    assertThat(compilation).hadErrorContaining("@View(verify = false)");
  }

  @Test
  void aColumnWhoseNameEndsInJoinJoinsNothing() {
    JavaFileObject device = DeviceModelView.device("java.time.LocalDate lastJoin");
    JavaFileObject view =
        DeviceModelView.of("SELECT id, lastJoin FROM devices WHERE lastJoin IS NOT NULL");

    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(device, view));

    assertThat(compilation).succeeded();
  }

  @Test
  void aFieldWithoutAColumnIsAnErrorOnTheField() {
    assertErrorOn(
        "jpa/bad/FieldWithoutColumn.java",
        "private String email;",
        "Field email maps to column email, which view customer_names does not return"
            + " (it returns id, name)");
  }

  @Test
  void aFieldOfAnotherTypeFamilyIsAnErrorOnTheField() {
    assertErrorOn(
        "jpa/bad/TypeMismatch.java",
        "private int name;",
        "Field name is int (integral), but view customer_names returns");
  }

  @Test
  void aColumnWithoutAFieldIsAWarningOnTheClass() {
    assertWarningOn(
        "jpa/bad/ColumnWithoutField.java",
        "@View",
        "View customer_emails returns column name, which no field of"
            + " com.example.jpa.ColumnWithoutField reads");
  }

  @Test
  void aFieldOfAViewEntityWhoseTypeStrataCannotMapIsAWarningOnTheField() {
    assertWarningOn(
        "jpa/bad/UnmappedFieldOnViewEntity.java",
        "private Object homepage;",
        "Strata cannot tell which column type Hibernate gives field homepage (java.lang.Object); if an"
            + " AttributeConverter maps it, name it on the field with @Convert(converter = ...)");
  }

  @Test
  void aViewEntityThatHibernateWouldLookUpUnderAnotherNameIsAnErrorOnTheName() {
    assertErrorOn(
        "jpa/bad/UnmappedViewEntity.java",
        "name =",
        "Entity com.example.jpa.UnmappedViewEntity maps to table UnmappedViewEntity, but its"
            + " view is named customer_names");
  }

  @Test
  void aViewEntityInASchemaIsNamedAfterItsTableInThatSchema() throws IOException {
    Compilation compilation =
        new StrataCompiler(snapshots)
            .compile(
                List.of(
                    CUSTOMER,
                    viewEntity(
                        "@Table(name = \"customer_names\", schema = \"reports\")",
                        "@View(sql = \"SELECT id, name FROM customers\")")));

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("com.example.jpa.V0001_CreateReportsCustomerNames")
        .contentsAsUtf8String()
        .contains("ops.createView(\"reports.customer_names\"");
  }

  @Test
  void aViewEntityWhoseViewIsOutsideItsTablesSchemaIsAnErrorOnTheName() {
    JavaFileObject source =
        viewEntity(
            "@Table(name = \"customer_names\", schema = \"reports\")",
            "@View(name = \"customer_names\", sql = \"SELECT id, name FROM customers\")");

    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(CUSTOMER, source));

    assertThat(compilation)
        .hadErrorContaining(
            "Entity com.example.jpa.CustomerNames maps to table reports.customer_names, but its"
                + " view is named customer_names")
        .inFile(source)
        .onLineContaining("@View(");
  }

  @Test
  void underSnakeCaseNamingAViewEntityIsNamedAsHibernateQueriesItsTable() {
    Compilation compilation =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.naming=snake_case")
            .compile(
                List.of(
                    CUSTOMER,
                    viewEntity(
                        "@Table(name = \"CustomerNames\")",
                        "@View(sql = \"SELECT id, name FROM customers\")")));

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("com.example.jpa.V0001_CreateCustomerNames")
        .contentsAsUtf8String()
        .contains("ops.createView(\"customer_names\"");
  }

  @Test
  void aViewNamedAsTheTableBeforeTheNamingStrategyIsAnErrorSayingWhichNameHibernateQueries() {
    JavaFileObject source =
        viewEntity(
            "@Table(name = \"CustomerNames\")",
            "@View(name = \"CustomerNames\", sql = \"SELECT id, name FROM customers\")");

    Compilation compilation =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.naming=snake_case")
            .compile(List.of(CUSTOMER, source));

    assertThat(compilation)
        .hadErrorContaining(
            "Entity com.example.jpa.CustomerNames maps to table customer_names:"
                + " -Astrata.naming=snake_case turns @Table(name = \"CustomerNames\") into that name")
        .inFile(source)
        .onLineContaining("@View(");
  }

  /** A view entity {@code CustomerNames} with the annotations given, read-only over customers. */
  private static JavaFileObject viewEntity(String table, String view) {
    return JavaFileObjects.forSourceString(
        "com.example.jpa.CustomerNames",
        String.join(
            "\n",
            "package com.example.jpa;",
            "",
            "import dev.strata.View;",
            "import jakarta.persistence.Entity;",
            "import jakarta.persistence.Id;",
            "import jakarta.persistence.Table;",
            "",
            "@Entity",
            table,
            view,
            "public class CustomerNames {",
            "  @Id private Long id;",
            "  private String name;",
            "}"));
  }

  @Test
  void externalTablesAndVerifyFalseAreNotRun() {
    Compilation compilation = compile("jpa/good/LegacyTotal.java", "jpa/good/UncheckedView.java");

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void theVerifyOptionTurnsEveryCheckOff() {
    Compilation compilation =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.verify=false")
            .compile(List.of(CUSTOMER, JavaFileObjects.forResource("jpa/bad/ColumnTypo.java")));

    assertThat(compilation).succeeded();
  }

  @Test
  void aModuleWithoutEntitiesIsNotVerifiedAndANoteSaysSo() {
    Compilation compilation =
        new StrataCompiler(snapshots).compileResources("jpa/bad/ColumnTypo.java");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("this module declares no JPA entities");
  }

  @Test
  void thePostgresqlDialectRunsTheQueryInH2sPostgresqlMode() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/bad/ColumnTypo.java");
    Compilation compilation =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.dialect=postgresql")
            .compile(List.of(CUSTOMER, source));

    assertThat(compilation).hadErrorContaining("(H2 in postgresql mode)");
  }

  /**
   * PostgreSQL has no {@code tinyint}, nor has H2 in its mode: a {@code Byte}'s table is created
   * there with the {@code smallint} Hibernate writes on PostgreSQL, so a view reading it runs.
   */
  @Test
  void aByteColumnIsASmallintInH2sPostgresqlMode() {
    JavaFileObject gauge =
        JavaFileObjects.forSourceString(
            "com.example.jpa.Gauge",
            "package com.example.jpa;\n"
                + "@jakarta.persistence.Entity public class Gauge {\n"
                + "  @jakarta.persistence.Id private Long id;\n"
                + "  private Byte level;\n"
                + "}\n");
    JavaFileObject levels =
        JavaFileObjects.forSourceString(
            "com.example.jpa.Levels",
            "package com.example.jpa;\n"
                + "@dev.strata.View(name = \"levels\", sql = \"SELECT id, level FROM gauge\")\n"
                + "public class Levels {}\n");
    Compilation compilation =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.dialect=postgresql")
            .withOption("-Astrata.tables=true")
            .compile(List.of(gauge, levels));

    assertThat(compilation).succeeded();
  }

  private Compilation compile(String... resources) {
    List<JavaFileObject> sources = new java.util.ArrayList<>(List.of(CUSTOMER));
    for (String resource : resources) {
      sources.add(JavaFileObjects.forResource(resource));
    }
    return new StrataCompiler(snapshots).compile(sources);
  }

  /** Compiles the resource beside {@code Customer}: an error on the line holding {@code line}. */
  private Compilation assertErrorOn(String resource, String line, String message) {
    JavaFileObject source = JavaFileObjects.forResource(resource);
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(CUSTOMER, source));

    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    return compilation;
  }

  /** Compiles the resource beside {@code Customer}: it succeeds with a warning on {@code line}. */
  private void assertWarningOn(String resource, String line, String message) {
    JavaFileObject source = JavaFileObjects.forResource(resource);
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(CUSTOMER, source));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(message).inFile(source).onLineContaining(line);
  }
}
