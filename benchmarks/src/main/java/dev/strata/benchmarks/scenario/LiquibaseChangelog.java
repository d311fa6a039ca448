package dev.strata.benchmarks.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a scenario as one Liquibase XML changelog with one {@code createView} change set per
 * version, which is how a Liquibase user declares a view.
 */
public final class LiquibaseChangelog {

  private static final String HEADER =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <databaseChangeLog
          xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
              http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
      """;

  private LiquibaseChangelog() {}

  public static void write(ViewScenario scenario, Path file) throws IOException {
    StringBuilder xml = new StringBuilder(HEADER);
    for (int k = 1; k <= scenario.size(); k++) {
      // the SQL has no character that XML escapes, so it goes in as written
      xml.append("  <changeSet id=\"")
          .append(k)
          .append("\" author=\"bench\">\n")
          .append("    <createView viewName=\"")
          .append(ViewScenario.viewName(k))
          .append("\">")
          .append(ViewScenario.sql(k))
          .append("</createView>\n")
          .append("  </changeSet>\n");
    }
    xml.append("</databaseChangeLog>\n");
    Files.createDirectories(file.getParent());
    Files.writeString(file, xml, StandardCharsets.UTF_8);
  }
}
