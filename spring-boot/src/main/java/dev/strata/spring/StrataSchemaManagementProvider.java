package dev.strata.spring;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Spring Boot that Strata manages the schema of the database it migrates, so that Hibernate's
 * {@code ddl-auto} defaults to {@code none} instead of {@code create-drop} on an embedded database,
 * as with Flyway: Hibernate would otherwise create tables in place of Strata's views. A DataSource
 * counts as Strata's when it reaches the database Strata migrates, also through another DataSource
 * ({@code strata.url}, a {@link StrataDataSource} bean), unlike Flyway's instance comparison.
 */
final class StrataSchemaManagementProvider implements SchemaManagementProvider {

  private final MigrationDataSources dataSources;

  StrataSchemaManagementProvider(MigrationDataSources dataSources) {
    this.dataSources = dataSources;
  }

  @Override
  public SchemaManagement getSchemaManagement(DataSource dataSource) {
    return dataSources.migrates(dataSource) ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
  }
}
