package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hibernate's validation refuses a {@code String} on a fixed-length text, and a {@code CHAR} field
 * on a variable-length one, on H2 and PostgreSQL only; on MariaDB it takes both. It refuses a
 * {@code String} on an enum stored by name on H2 only. ({@code ViewColumnTypeParityTest} measures
 * the three databases.) So each error is for a module that runs on a database that refuses it.
 */
class TextColumnTargetsTest {

  private static final JavaFileObject CUSTOMER =
      JavaFileObjects.forResource("jpa/good/Customer.java");

  private static final JavaFileObject FIXED_LENGTH =
      viewEntity("String", "CAST(name AS CHAR(10))", "");

  private static final JavaFileObject VARIABLE_LENGTH =
      viewEntity(
          "Boolean",
          "CASE WHEN active THEN 'Y' ELSE 'N' END",
          "@jakarta.persistence.Convert(converter = org.hibernate.type.YesNoConverter.class)");

  @TempDir Path snapshots;

  @Test
  void aModuleOnMariaDbAloneTakesAStringOnAFixedLengthText() {
    assertThat(compile(FIXED_LENGTH, "-Astrata.targets=mariadb")).succeeded();
    assertThat(compile(FIXED_LENGTH, "-Astrata.dialect=mariadb")).succeeded();
  }

  @Test
  void aModuleOnMySqlAloneTakesACharFieldOnAVariableLengthText() {
    assertThat(compile(VARIABLE_LENGTH, "-Astrata.targets=mysql")).succeeded();
    assertThat(compile(VARIABLE_LENGTH, "-Astrata.dialect=mariadb")).succeeded();
  }

  @Test
  void aModuleOnH2OrPostgresAsWellGetsTheErrors() {
    for (String targets : List.of("h2,mariadb", "postgresql,mariadb")) {
      assertThat(compile(FIXED_LENGTH, "-Astrata.targets=" + targets))
          .hadErrorContaining("a fixed-length text, which Hibernate's schema validation refuses");
      assertThat(compile(VARIABLE_LENGTH, "-Astrata.targets=" + targets))
          .hadErrorContaining("a variable-length text, which Hibernate's schema validation");
    }
  }

  @Test
  void aModuleThatNamesNoTargetRunsOnH2AndGetsTheErrors() {
    assertThat(compile(FIXED_LENGTH))
        .hadErrorContaining("a fixed-length text, which Hibernate's schema validation refuses");
  }

  private static JavaFileObject viewEntity(String type, String expression, String convert) {
    return JavaFileObjects.forSourceLines(
        "com.example.jpa.CustomerCode",
        "package com.example.jpa;",
        "@jakarta.persistence.Entity",
        "@jakarta.persistence.Table(name = \"customer_codes\")",
        "@dev.strata.View(name = \"customer_codes\",",
        "    sql = \"SELECT id, " + expression + " AS code FROM customers\")",
        "public class CustomerCode {",
        "  @jakarta.persistence.Id private Long id;",
        "  " + convert,
        "  private " + type + " code;",
        "}");
  }

  @Test
  void aStringOnAnEnumStoredByNameIsAnErrorWhereTheModuleRunsOnH2() {
    JavaFileObject ticket =
        JavaFileObjects.forSourceLines(
            "com.example.jpa.Ticket",
            "package com.example.jpa;",
            "@jakarta.persistence.Entity",
            "@jakarta.persistence.Table(name = \"tickets\")",
            "public class Ticket {",
            "  public enum State { OPEN, CLOSED }",
            "  @jakarta.persistence.Id private Long id;",
            "  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)",
            "  private State state;",
            "}");
    JavaFileObject view =
        JavaFileObjects.forSourceLines(
            "com.example.jpa.TicketState",
            "package com.example.jpa;",
            "@jakarta.persistence.Entity",
            "@jakarta.persistence.Table(name = \"ticket_states\")",
            "@dev.strata.View(name = \"ticket_states\", sql = \"SELECT id, state FROM tickets\")",
            "public class TicketState {",
            "  @jakarta.persistence.Id private Long id;",
            "  private String state;",
            "}");

    for (String[] options : List.of(new String[0], new String[] {"-Astrata.targets=h2,mariadb"})) {
      assertThat(compile(List.of(ticket, view), options))
          .hadErrorContaining(
              "the type of its own H2 gives an enum stored by name, which Hibernate's schema"
                  + " validation refuses for it on H2")
          .inFile(view)
          .onLineContaining("private String state;");
    }
    assertThat(compile(List.of(ticket, view), "-Astrata.targets=postgresql,mariadb")).succeeded();
  }

  private Compilation compile(JavaFileObject view, String... options) {
    return compile(List.of(CUSTOMER, view), options);
  }

  private Compilation compile(List<JavaFileObject> sources, String... options) {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    for (String option : options) {
      compiler = compiler.withOption(option);
    }
    return compiler.compile(sources);
  }
}
