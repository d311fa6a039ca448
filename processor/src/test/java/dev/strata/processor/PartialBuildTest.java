package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds that compile only some classes, as an IDE or an incremental build runs them: javac is
 * given the files that changed and finds the other view and entity classes compiled, in the class
 * output on the classpath. A view or table whose class was not compiled again is never taken for
 * deleted, even when its class was renamed after the snapshot that records it.
 */
class PartialBuildTest {

  private static final String TABLES = "-Astrata.tables=true";

  private static final String PLAIN = "package com.example;\n\npublic class Other {}\n";

  @TempDir Path root;

  @Test
  void aViewWhoseClassWasRenamedSinceItsSnapshotIsNotDroppedByAPartialBuild() throws IOException {
    DiskBuild build = new DiskBuild(root);
    succeeded(
        build
            .sources(
                Map.of("A", view("A", "a", "SELECT 1 AS x"), "B", view("B", "b", "SELECT 2 AS y")))
            .compile());
    // the rename changes no view: no version records the new class
    succeeded(
        build
            .sources(
                Map.of(
                    "Renamed",
                    view("Renamed", "a", "SELECT 1 AS x"),
                    "B",
                    view("B", "b", "SELECT 2 AS y")))
            .compile());
    assertEquals(1, build.snapshotFiles().size());

    build.sources(
        Map.of(
            "Renamed",
            view("Renamed", "a", "SELECT 1 AS x"),
            "B",
            view("B", "b", "SELECT 22 AS y")));
    succeeded(build.compileOnly(List.of("B")));

    assertEquals(2, build.snapshotFiles().size());
    assertGenerated(build, "V0002_ReplaceB.java");
  }

  @Test
  void aTableWhoseEntityWasRenamedSinceItsSnapshotIsNotDroppedByAPartialBuild() throws IOException {
    DiskBuild build = new DiskBuild(root);
    succeeded(
        build
            .sources(Map.of("A", entity("A", "a", ""), "B", entity("B", "b", "")))
            .compile(TABLES));
    succeeded(
        build
            .sources(Map.of("Renamed", entity("Renamed", "a", ""), "B", entity("B", "b", "")))
            .compile(TABLES));
    assertEquals(1, build.snapshotFiles().size());

    build.sources(
        Map.of(
            "Renamed", entity("Renamed", "a", ""), "B", entity("B", "b", "private String note;")));
    succeeded(build.compileOnly(List.of("B"), TABLES));

    assertEquals(2, build.snapshotFiles().size());
    assertGenerated(build, "V0002_AlterTableB.java");
  }

  @Test
  void aViewMovedToAnotherClassIsNotDroppedByAPartialBuildOfItsFormerClass() throws IOException {
    DiskBuild build = new DiskBuild(root);
    succeeded(
        build.sources(Map.of("A", view("A", "a", "SELECT 1 AS x"), "Other", PLAIN)).compile());
    // the view moves from A to Other: no version records its new class
    succeeded(
        build
            .sources(
                Map.of(
                    "A", PLAIN.replace("Other", "A"), "Other", view("Other", "a", "SELECT 1 AS x")))
            .compile());
    assertEquals(1, build.snapshotFiles().size());

    build.sources(
        Map.of(
            "A", view("A", "a2", "SELECT 3 AS z"), "Other", view("Other", "a", "SELECT 1 AS x")));
    succeeded(build.compileOnly(List.of("A")));

    assertEquals(2, build.snapshotFiles().size());
    assertGenerated(build, "V0002_CreateA2.java");
  }

  @Test
  void versionsFoldedBeforeAPartialBuildKeepTheViewsTheyAddedWhoseClassesWereNotCompiled()
      throws IOException {
    DiskBuild build = new DiskBuild(root);
    succeeded(build.sources(Map.of("A", view("A", "a", "SELECT 1 AS x"))).compile());
    succeeded(
        build
            .sources(
                Map.of("A", view("A", "a", "SELECT 1 AS x"), "B", view("B", "b", "SELECT 2 AS y")))
            .compile());
    succeeded(
        build
            .sources(
                Map.of("A", view("A", "a", "SELECT 11 AS x"), "B", view("B", "b", "SELECT 2 AS y")))
            .compile());
    // folding the unreleased versions 2 and 3, as the README says
    Files.delete(build.snapshot(3));
    Files.delete(build.snapshot(2));

    build.sources(
        Map.of("A", view("A", "a", "SELECT 111 AS x"), "B", view("B", "b", "SELECT 2 AS y")));
    succeeded(build.compileOnly(List.of("A")));

    assertEquals(2, build.snapshotFiles().size());
    assertGenerated(build, "V0002_CreateBReplaceA.java");
  }

  @Test
  void versionsFoldedBeforeAPartialBuildKeepTheTablesTheyAddedWhoseEntitiesWereNotCompiled()
      throws IOException {
    DiskBuild build = new DiskBuild(root);
    succeeded(build.sources(Map.of("A", entity("A", "a", ""))).compile(TABLES));
    succeeded(
        build
            .sources(Map.of("A", entity("A", "a", ""), "B", entity("B", "b", "")))
            .compile(TABLES));
    Files.delete(build.snapshot(2));

    build.sources(Map.of("A", entity("A", "a", "private String note;"), "B", entity("B", "b", "")));
    succeeded(build.compileOnly(List.of("A"), TABLES));

    assertEquals(2, build.snapshotFiles().size());
    assertGenerated(build, "V0002_CreateTableBAlterTableA.java");
  }

  @Test
  void aViewWhoseClassWasDeletedIsDroppedByAPartialBuild() throws IOException {
    DiskBuild build = new DiskBuild(root);
    succeeded(
        build
            .sources(
                Map.of("A", view("A", "a", "SELECT 1 AS x"), "B", view("B", "b", "SELECT 2 AS y")))
            .compile());
    // as an IDE does: the class goes with its source
    Files.delete(build.target().resolve("classes/com/example/A.class"));

    build.sources(Map.of("B", view("B", "b", "SELECT 22 AS y")));
    succeeded(build.compileOnly(List.of("B")));

    assertGenerated(build, "V0002_ReplaceBDropA.java");
  }

  @Test
  void aSingleTableSubclassCompiledAloneRecordsItsNewColumn() throws IOException {
    DiskBuild build = new DiskBuild(root);
    String vehicle =
        jpa("@Entity public class Vehicle { @Id private Long id; private String make; }");
    String truck = jpa("@Entity public class Truck extends Vehicle { private Integer axles; }");
    succeeded(
        build
            .sources(
                Map.of(
                    "Vehicle",
                    vehicle,
                    "Car",
                    jpa("@Entity public class Car extends Vehicle { private Integer seats; }"),
                    "Truck",
                    truck))
            .compile(TABLES));

    build.sources(
        Map.of(
            "Vehicle",
            vehicle,
            "Car",
            jpa(
                "@Entity public class Car extends Vehicle { private Integer seats; private Integer doors; }"),
            "Truck",
            truck));
    succeeded(build.compileOnly(List.of("Car"), TABLES));

    assertEquals(2, build.snapshotFiles().size(), "the column Car adds to vehicle is recorded");
    assertTrue(
        build.snapshotFiles().values().stream().anyMatch(text -> text.contains("\"doors\"")));
  }

  @Test
  void aMappedSuperclassCompiledAloneRecordsTheColumnItGivesItsEntities() throws IOException {
    DiskBuild build = new DiskBuild(root);
    String item = jpa("@Entity public class Item extends Base { private String name; }");
    succeeded(
        build
            .sources(
                Map.of(
                    "Base",
                    jpa("@MappedSuperclass public abstract class Base { @Id private Long id; }"),
                    "Item",
                    item))
            .compile(TABLES));

    build.sources(
        Map.of(
            "Base",
            jpa(
                "@MappedSuperclass public abstract class Base { @Id private Long id; private String createdBy; }"),
            "Item",
            item));
    succeeded(build.compileOnly(List.of("Base"), TABLES));

    assertEquals(2, build.snapshotFiles().size(), "the column Base gives item is recorded");
    assertTrue(
        build.snapshotFiles().values().stream()
            .anyMatch(text -> text.toLowerCase(java.util.Locale.ROOT).contains("\"createdby\"")));
  }

  @Test
  void anEnumCompiledAloneRecordsTheColumnTypeItChanges() throws IOException {
    DiskBuild build = new DiskBuild(root);
    String order =
        jpa(
            "@Entity public class Ticket { @Id private Long id;"
                + " @Enumerated(EnumType.STRING) private Status status; }");
    succeeded(
        build
            .sources(Map.of("Ticket", order, "Status", jpa("public enum Status { OPEN, DONE }")))
            .compile(TABLES));

    build.sources(
        Map.of("Ticket", order, "Status", jpa("public enum Status { OPEN, DONE, CANCELLED }")));
    succeeded(build.compileOnly(List.of("Status"), TABLES));

    assertEquals(2, build.snapshotFiles().size(), "the constant Status gains is recorded");
    assertTrue(
        build.snapshotFiles().values().stream().anyMatch(text -> text.contains("CANCELLED")));
  }

  @Test
  void aConverterCompiledAloneRecordsTheColumnTypeItChanges() throws IOException {
    DiskBuild build = new DiskBuild(root);
    String ticket =
        jpa(
            "@Entity public class Ticket { @Id private Long id;"
                + " @Convert(converter = Urgency.class) private java.time.Duration urgency; }");
    String toText =
        "@Converter public class Urgency"
            + " implements AttributeConverter<java.time.Duration, String> {"
            + " public String convertToDatabaseColumn(java.time.Duration d) { return d.toString(); }"
            + " public java.time.Duration convertToEntityAttribute(String s) {"
            + " return java.time.Duration.parse(s); } }";
    String toNumber =
        "@Converter public class Urgency"
            + " implements AttributeConverter<java.time.Duration, Long> {"
            + " public Long convertToDatabaseColumn(java.time.Duration d) { return d.toSeconds(); }"
            + " public java.time.Duration convertToEntityAttribute(Long s) {"
            + " return java.time.Duration.ofSeconds(s); } }";
    succeeded(build.sources(Map.of("Ticket", ticket, "Urgency", jpa(toText))).compile(TABLES));

    build.sources(Map.of("Ticket", ticket, "Urgency", jpa(toNumber)));
    succeeded(build.compileOnly(List.of("Urgency"), TABLES));

    assertEquals(2, build.snapshotFiles().size(), "the column type Urgency changes is recorded");
  }

  private static String jpa(String declaration) {
    return "package com.example;\n\nimport jakarta.persistence.*;\n\n" + declaration + "\n";
  }

  private static void assertGenerated(DiskBuild build, String fileName) throws IOException {
    assertTrue(
        build.generated().keySet().stream().anyMatch(name -> name.endsWith(fileName)),
        build.generated().keySet().toString());
  }

  private static void succeeded(DiskBuild.Outcome outcome) {
    assertTrue(outcome.succeeded(), outcome.messages());
  }

  private static String entity(String className, String table, String moreFields) {
    return "package com.example;\n\n"
        + "@jakarta.persistence.Entity\n"
        + "@jakarta.persistence.Table(name = \""
        + table
        + "\")\n"
        + "public class "
        + className
        + " {\n"
        + "  @jakarta.persistence.Id private Long id;\n"
        + "  private String name;\n"
        + "  "
        + moreFields
        + "\n"
        + "}\n";
  }

  private static String view(String className, String name, String sql) {
    return "package com.example;\n\n"
        + "@dev.strata.View(name = \""
        + name
        + "\", sql = \""
        + sql
        + "\")\n"
        + "public class "
        + className
        + " {}\n";
  }
}
