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
 * The errors on a view entity's field that MySQL and MariaDB type otherwise than H2, whether the
 * module's queries are written for MariaDB ({@code -Astrata.dialect}) or only run there ({@code
 * -Astrata.targets}): a {@code Boolean} on a condition, which they return as a number, and a {@code
 * Long} on a length, which they return as an {@code int}. ViewColumnTargetTypingParityTest checks
 * the verdicts against Hibernate's.
 */
class MySqlConditionDiagnosticsTest {

  private static final JavaFileObject ITEM =
      JavaFileObjects.forSourceString(
          "org.example.shop.Item",
          "package org.example.shop;\n"
              + "@jakarta.persistence.Entity\n"
              + "public class Item {\n"
              + "  @jakarta.persistence.Id Long id;\n"
              + "  Integer qty;\n"
              + "  String name;\n"
              + "  Boolean active;\n"
              + "}\n");

  private static final JavaFileObject BIG_ITEM =
      JavaFileObjects.forSourceString(
          "org.example.shop.BigItem",
          "package org.example.shop;\n"
              + "@jakarta.persistence.Entity\n"
              + "@org.hibernate.annotations.Immutable\n"
              + "@jakarta.persistence.Table(name = \"big_item\")\n"
              + "@dev.strata.View(name = \"big_item\",\n"
              + "    sql = \"SELECT id, qty > 5 AS big, active, CHAR_LENGTH(name) AS size"
              + " FROM item\")\n"
              + "public class BigItem {\n"
              + "  @jakarta.persistence.Id Long id;\n"
              + "  Boolean big;\n"
              + "  Boolean active;\n"
              + "  Long size;\n"
              + "}\n");

  @TempDir Path snapshots;

  @Test
  void aBooleanOnAConditionAndALongOnALengthAreErrorsWhereTheQueriesAreMariaDbs() {
    Compilation compilation = compiled("-Astrata.dialect=mariadb");

    assertThat(compilation)
        .hadErrorContaining(
            "returns column big as a condition, TRUE or FALSE, which MariaDB, which the module"
                + " targets, returns as a number")
        .inFile(BIG_ITEM)
        .onLineContaining("Boolean big;");
    assertThat(compilation)
        .hadErrorContaining("a narrower integer")
        .inFile(BIG_ITEM)
        .onLineContaining("Long size;");
    assertThat(compilation)
        .hadErrorContaining("CAST the column AS SIGNED in a query of MariaDB's own")
        .inFile(BIG_ITEM)
        .onLineContaining("Long size;");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aBooleanOnAConditionAndALongOnALengthAreErrorsWhereTheModuleTargetsMariaDb() {
    Compilation compilation = compiled("-Astrata.targets=mariadb");

    assertThat(compilation)
        .hadErrorContaining(
            "return CASE WHEN <condition> THEN 1 ELSE 0 END and read it with an Integer")
        .inFile(BIG_ITEM)
        .onLineContaining("Boolean big;");
    assertThat(compilation)
        .hadErrorContaining("(as MariaDB types it, which the module targets")
        .inFile(BIG_ITEM)
        .onLineContaining("Boolean big;");
    assertThat(compilation)
        .hadErrorContaining("a narrower integer")
        .inFile(BIG_ITEM)
        .onLineContaining("Long size;");
    assertThat(compilation).hadErrorCount(2);
  }

  private Compilation compiled(String option) {
    return new StrataCompiler(snapshots)
        .withOption("-Astrata.tables=true")
        .withOption(option)
        .compile(List.of(ITEM, BIG_ITEM));
  }
}
