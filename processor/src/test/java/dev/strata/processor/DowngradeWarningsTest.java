package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version whose downgrade loses data gets one warning when it is recorded, naming every table and
 * column that reverting it drops, as its upgrade's steps get theirs.
 */
class DowngradeWarningsTest {

  @TempDir Path snapshots;

  @Test
  void creatingTablesWarnsThatRevertingDropsTheirRowsOnceForTheVersion() {
    Compilation first = compile("v1");

    assertThat(first).succeeded();
    assertThat(first)
        .hadWarningContaining(
            "Reverting version 1 loses data for good: its downgrade drops table customers and"
                + " every row in it; drops table orders and every row in it.")
        .inFile(JavaFileObjects.forResource("tables/v1/Customer.java"))
        .onLineContaining("public class Customer");
    assertEquals(1, reverting(first).size(), first.warnings()::toString);
  }

  @Test
  void addingAColumnWarnsThatRevertingDropsItsValues() {
    compile("v1");

    Compilation second = compile("v2");

    assertThat(second).succeeded();
    assertEquals(
        List.of(
            "Reverting version 2 loses data for good: its downgrade drops column customers.city"
                + " and the data in it. strata downgrade asks for --allow-data-loss before it runs"
                + " one, and the runtime logs a warning; back the data up before reverting it"),
        reverting(second));
  }

  @Test
  void onlyTheStepsOfTheDowngradeThatLoseDataAreNamed() {
    compile("v1");
    compile("v2");

    Compilation third = compile("v3");

    // the upgrade drops city and narrows name: bringing them back loses nothing
    assertThat(third).succeeded();
    assertEquals(1, reverting(third).size(), third.warnings()::toString);
    String warning = reverting(third).get(0);
    org.junit.jupiter.api.Assertions.assertTrue(
        warning.contains("drops column customers.loyaltyPoints and the data in it"), warning);
    org.junit.jupiter.api.Assertions.assertFalse(warning.contains("city"), warning);
    org.junit.jupiter.api.Assertions.assertFalse(warning.contains("customers.name"), warning);
  }

  /**
   * A single table's subclass's primitive has a nullable column that the subclass's check requires
   * ({@code DTYPE <> 'Cat' or (lives is not null)}): dropped, its downgrade adds it back empty and
   * then the check, which fails over the cat's rows (measured on H2, {@code Check constraint
   * violation: "ANIMAL_CHECK"}).
   */
  @Test
  void droppingAColumnASubclassCheckRequiresWarnsThatRevertingFailsOnRows() {
    String animal =
        "package org.example.pets; import jakarta.persistence.*;"
            + " @Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE)"
            + " public class Animal { @Id Long id; }";
    String before =
        "package org.example.pets; import jakarta.persistence.*;"
            + " @Entity public class Cat extends Animal { int lives; String name; }";
    assertThat(compileSources(animal, before)).succeeded();

    Compilation second = compileSources(animal, before.replace("int lives; ", ""));

    assertThat(second).succeeded();
    assertEquals(1, reverting(second).size(), second.warnings()::toString);
    org.junit.jupiter.api.Assertions.assertTrue(
        reverting(second)
            .get(0)
            .contains(
                "adds column Animal.lives back empty, where check animal_check requires it for"
                    + " some rows (DTYPE <> 'Cat' or (lives is not null)), which fails on a table"
                    + " that has rows"),
        reverting(second).get(0));
  }

  private Compilation compileSources(String animal, String cat) {
    return new StrataCompiler(snapshots)
        .withOption("-Astrata.tables=true")
        .compile(
            List.of(
                JavaFileObjects.forSourceString("org.example.pets.Animal", animal),
                JavaFileObjects.forSourceString("org.example.pets.Cat", cat)));
  }

  @Test
  void aVersionOfViewsAloneLosesNothingWhenReverted() {
    Compilation compilation =
        new StrataCompiler(snapshots).compileResources("good/create/ActiveUser.java");

    assertThat(compilation).succeeded();
    assertEquals(List.of(), reverting(compilation));
  }

  private static List<String> reverting(Compilation compilation) {
    return compilation.warnings().stream()
        .map(warning -> warning.getMessage(null))
        .filter(message -> message.startsWith("Reverting version"))
        .toList();
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
}
