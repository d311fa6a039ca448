package dev.strata.spring;

import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Chooses the DataSource Strata migrates through, the way Spring Boot chooses Flyway's: a {@link
 * StrataDataSource} bean, else {@code strata.url}, else the application's DataSource, with the
 * account {@code strata.user} if set.
 */
final class MigrationDataSources {

  private final StrataProperties properties;
  private final @Nullable DataSource dedicated;
  private final @Nullable DataSource application;

  /**
   * @param dedicated the {@link StrataDataSource} bean, if any
   * @param application the application's only or primary DataSource, if any
   */
  MigrationDataSources(
      StrataProperties properties,
      @Nullable DataSource dedicated,
      @Nullable DataSource application) {
    this.properties = properties;
    this.dedicated = dedicated;
    this.application = application;
  }

  /**
   * The DataSource to migrate through; connections from a URL or for another user come from a
   * {@link SimpleDriverDataSource}, since migrating needs no pool.
   *
   * @throws IllegalStateException if there is nothing to migrate through
   */
  DataSource migration() {
    if (dedicated != null) {
      return dedicated;
    }
    if (properties.url() != null) {
      return DataSourceBuilder.create()
          .type(SimpleDriverDataSource.class)
          .url(properties.url())
          .username(properties.user())
          .password(properties.password())
          .build();
    }
    if (application == null) {
      throw new IllegalStateException(
          "Strata found no DataSource to migrate: with several DataSources, mark the"
              + " application's one @Primary, or annotate one @StrataDataSource, or set strata.url");
    }
    if (properties.user() != null) {
      return DataSourceBuilder.derivedFrom(application)
          .type(SimpleDriverDataSource.class)
          .username(properties.user())
          .password(properties.password())
          .build();
    }
    return application;
  }

  /**
   * Whether Strata migrates the database behind {@code dataSource}: the DataSource it migrates
   * through, or the application's one when Strata reaches it with another account.
   */
  boolean migrates(DataSource dataSource) {
    if (dedicated != null) {
      return dataSource.equals(dedicated);
    }
    return properties.url() == null && dataSource.equals(application);
  }
}
