package dev.strata.spring;

import dev.strata.runtime.Strata;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Spring Boot that Strata manages the schema of the databases its {@link Strata} beans
 * migrate, the starter's or the application's own, so that Hibernate's {@code ddl-auto} defaults to
 * {@code none} instead of {@code create-drop} on an embedded database, as with Flyway: Hibernate
 * would otherwise create tables in place of Strata's views. A DataSource counts as a {@code
 * Strata}'s when it reaches the database that {@code Strata} migrates, also through another
 * DataSource ({@code strata.url}, {@code strata.user}, a {@link StrataDataSource} bean), unlike
 * Flyway's instance comparison. Each DataSource's URL is read once ({@link ReportedUrls}): a
 * question costs no connection beyond the first.
 */
final class StrataSchemaManagementProvider implements SchemaManagementProvider {

  private final ObjectProvider<Strata> strata;
  private final ReportedUrls urls = new ReportedUrls();

  StrataSchemaManagementProvider(ObjectProvider<Strata> strata) {
    this.strata = strata;
  }

  @Override
  public SchemaManagement getSchemaManagement(DataSource dataSource) {
    for (Strata each : strata) {
      Optional<DataSource> migrated = each.dataSource();
      if (migrated.isPresent() && MigrationDataSources.reaches(migrated.get(), dataSource, urls)) {
        return SchemaManagement.MANAGED;
      }
    }
    return SchemaManagement.UNMANAGED;
  }
}
