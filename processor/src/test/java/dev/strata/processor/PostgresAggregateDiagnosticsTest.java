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
 * An aggregate that PostgreSQL has no function for on its argument's type, which H2 takes, is an
 * error on the {@code sql} of the query PostgreSQL runs, when the module targets PostgreSQL, with
 * what PostgreSQL says and what to write; a module that does not target it gets none.
 */
class PostgresAggregateDiagnosticsTest {

  private static final JavaFileObject DEVICE =
      JavaFileObjects.forSourceString(
          "com.example.Device",
          String.join(
              "\n",
              "package com.example;",
              "",
              "@jakarta.persistence.Entity",
              "@jakarta.persistence.Table(name = \"devices\")",
              "public class Device {",
              "  @jakarta.persistence.Id private Long id;",
              "  private boolean online;",
              "  private java.util.UUID serial;",
              "  private String model;",
              "}"));

  @TempDir Path snapshots;

  @Test
  void maxOfABooleanIsAnErrorOnTheSqlWhenTheModuleTargetsPostgres() {
    JavaFileObject view =
        DeviceModelView.of("SELECT model, MAX(online) AS any_online FROM devices GROUP BY model");

    Compilation compilation = compile(view, "-Astrata.targets=postgresql");

    assertThat(compilation)
        .hadErrorContaining(
            "The query of view device_models has MAX(online) on a boolean, which PostgreSQL"
                + " refuses (function max(boolean) does not exist): write bool_or(online)."
                + " PostgreSQL, which the module runs on")
        .inFile(view)
        .onLineContaining("sql = \"SELECT model, MAX(online)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void minOfAUuidIsAnErrorInPostgresModeAskingForItsText() {
    JavaFileObject view =
        DeviceModelView.of("SELECT model, MIN(serial) AS first_serial FROM devices GROUP BY model");

    Compilation compilation = compile(view, "-Astrata.dialect=postgresql");

    assertThat(compilation)
        .hadErrorContaining(
            "MIN(serial) on a uuid, which PostgreSQL refuses (function min(uuid) does not"
                + " exist): write MIN(CAST(serial AS VARCHAR(36)))")
        .inFile(view)
        .onLineContaining("sql = \"SELECT model, MIN(serial)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aModuleThatDoesNotTargetPostgresGetsNoError() {
    JavaFileObject view =
        DeviceModelView.of("SELECT model, MAX(online) AS any_online FROM devices GROUP BY model");

    assertThat(compile(view, "-Astrata.targets=mariadb")).succeeded();
  }

  @Test
  void postgresOwnQueryIsTheOneJudgedAndTheErrorIsOnItsSql() {
    JavaFileObject fixed =
        DeviceModelView.of(
            "SELECT model, MAX(online) AS any_online FROM devices GROUP BY model",
            "SELECT model, bool_or(online) AS any_online FROM devices GROUP BY model");
    JavaFileObject broken =
        DeviceModelView.of(
            "SELECT model, bool_or(online) AS any_online FROM devices GROUP BY model",
            "SELECT model, MAX(online) AS any_online FROM devices GROUP BY model");

    assertThat(compile(fixed, "-Astrata.targets=postgresql")).succeeded();
    Compilation compilation = compile(broken, "-Astrata.targets=postgresql");
    assertThat(compilation)
        .hadErrorContaining("MAX(online) on a boolean")
        .inFile(broken)
        .onLineContaining("sql = \"SELECT model, MAX(online)");
    assertThat(compilation).hadErrorCount(1);
  }

  private Compilation compile(JavaFileObject view, String option) {
    return new StrataCompiler(snapshots).withOption(option).compile(List.of(DEVICE, view));
  }
}
