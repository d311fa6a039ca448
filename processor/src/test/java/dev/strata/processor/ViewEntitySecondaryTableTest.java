package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view entity's field that {@code @Column(table = ...)} maps to a {@code @SecondaryTable} is read
 * from that table, not from the view: it is checked against the table where the module declares it,
 * and a warning says it is not checked where the module does not. Before, it was matched against
 * the view's columns, a false error.
 */
class ViewEntitySecondaryTableTest {

  private static final JavaFileObject CUSTOMER =
      JavaFileObjects.forResource("jpa/good/Customer.java");

  private static final JavaFileObject VIEW =
      JavaFileObjects.forSourceLines(
          "com.example.jpa.CustomerLabel",
          "package com.example.jpa;",
          "@jakarta.persistence.Entity",
          "@jakarta.persistence.Table(name = \"customer_labels\")",
          "@jakarta.persistence.SecondaryTable(name = \"customer_notes\")",
          "@dev.strata.View(name = \"customer_labels\", sql = \"SELECT id, name FROM customers\")",
          "public class CustomerLabel {",
          "  @jakarta.persistence.Id private Long id;",
          "  private String name;",
          "  @jakarta.persistence.Column(table = \"customer_notes\") private String note;",
          "}");

  @TempDir Path snapshots;

  @Test
  void aFieldOfADeclaredSecondaryTableIsReadFromIt() {
    for (String tables : List.of("false", "true")) {
      Compilation compilation =
          new StrataCompiler(snapshots.resolve(tables))
              .withOption("-Astrata.tables=" + tables)
              .compile(List.of(CUSTOMER, notes("private String note;"), VIEW));

      assertThat(compilation).succeeded();
      assertTrue(
          compilation.diagnostics().stream()
              .noneMatch(d -> d.getMessage(Locale.ROOT).contains("Field note")),
          compilation.diagnostics().toString());
    }
  }

  @Test
  void aColumnTheSecondaryTableLacksIsAnErrorOnTheField() {
    Compilation compilation =
        new StrataCompiler(snapshots)
            .compile(List.of(CUSTOMER, notes("private String remark;"), VIEW));

    assertThat(compilation)
        .hadErrorContaining(
            "Field note maps to column note of secondary table customer_notes, which has no such"
                + " column (it has id, remark)")
        .inFile(VIEW)
        .onLineContaining("private String note;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anUndeclaredSecondaryTableIsAWarningOnTheField() {
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(CUSTOMER, VIEW));

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "Field note maps to column note of secondary table customer_notes, which this module"
                + " does not declare: Strata cannot check it")
        .inFile(VIEW)
        .onLineContaining("private String note;");
  }

  private static JavaFileObject notes(String field) {
    return JavaFileObjects.forSourceLines(
        "com.example.jpa.CustomerNote",
        "package com.example.jpa;",
        "@jakarta.persistence.Entity",
        "@jakarta.persistence.Table(name = \"customer_notes\")",
        "public class CustomerNote {",
        "  @jakarta.persistence.Id private Long id;",
        "  " + field,
        "}");
  }
}
