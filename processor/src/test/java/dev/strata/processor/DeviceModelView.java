package dev.strata.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/**
 * The view {@code device_models} of the diagnostics tests that judge a query per target database:
 * its portable {@code sql}, and optionally a query of PostgreSQL's own.
 */
final class DeviceModelView {

  private DeviceModelView() {}

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
