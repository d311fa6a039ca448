package dev.strata.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/**
 * The view {@code device_models} of the diagnostics tests that judge a query per target database:
 * its portable {@code sql}, and optionally a query of PostgreSQL's own; and the entity it reads.
 */
final class DeviceModelView {

  private DeviceModelView() {}

  /**
   * The entity {@code com.example.Device} of table {@code devices}: a {@code Long} id and {@code
   * fields}, each a Java type and a name ({@code "Integer rating"}).
   */
  static JavaFileObject device(String... fields) {
    StringBuilder source =
        new StringBuilder(
            "package com.example;\n"
                + "@jakarta.persistence.Entity\n"
                + "@jakarta.persistence.Table(name = \"devices\")\n"
                + "public class Device {\n"
                + "  @jakarta.persistence.Id private Long id;\n");
    for (String field : fields) {
      source.append("  private ").append(field).append(";\n");
    }
    return JavaFileObjects.forSourceString("com.example.Device", source.append("}\n").toString());
  }

  static JavaFileObject of(String sql, String... postgresQuery) {
    String dialects =
        postgresQuery.length == 0
            ? ""
            : ",\n    dialects = @dev.strata.View.Dialect(database = \"postgresql\",\n"
                + "        sql = \""
                + postgresQuery[0]
                + "\")";
    return JavaFileObjects.forSourceString(
        "com.example.DeviceModel",
        "package com.example;\n"
            + "@dev.strata.View(name = \"device_models\",\n"
            + "    sql = \""
            + sql
            + "\""
            + dialects
            + ")\n"
            + "public class DeviceModel {}\n");
  }
}
