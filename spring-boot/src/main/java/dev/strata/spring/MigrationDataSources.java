package dev.strata.spring;

import dev.strata.runtime.DriverDataSource;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Chooses the DataSource Strata migrates through, the way Spring Boot chooses Flyway's: a {@link
 * StrataDataSource} bean, else {@code strata.url}, else the application's DataSource, with the
 * account {@code strata.user} if set, in the schema the pool sets on its connections. An empty
 * {@code strata.url} or {@code strata.user} is unset, as Spring Boot reads Flyway's. Unlike
 * Flyway's, those properties are refused beside the bean rather than ignored.
 */
final class MigrationDataSources {

  /**
   * H2's URL of an in-memory database without a name: each connection opens a database of its own,
   * so two such URLs, equal as they read, never name the same one.
   */
  private static final String UNNAMED_IN_MEMORY = "jdbc:h2:mem:";

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
   * The DataSource to migrate through; connections from a URL come from a {@link DriverDataSource}
   * and those for another user from a {@link SimpleDriverDataSource}, since migrating needs no
   * pool.
   *
   * @throws MigrationDataSourceException if there is nothing to migrate through, or the properties
   *     do not make sense
   */
  DataSource migration() {
    String url = text(properties.url());
    String user = text(properties.user());
    if (dedicated != null) {
      refuseConnectionProperties(url, user);
      return dedicated;
    }
    if (url != null) {
      SimpleDriverDataSource fromUrl =
          DataSourceBuilder.create()
              .type(SimpleDriverDataSource.class)
              .url(url)
              .username(user)
              .password(properties.password())
              .build();
      if (fromUrl.getDriver() == null) {
        throw new MigrationDataSourceException(
            "strata.url is "
                + DriverDataSource.redacted(url)
                + ", for which Spring Boot knows no JDBC driver: give the JDBC URL of a database"
                + " whose driver is on the class path (jdbc:postgresql:, jdbc:mariadb:, jdbc:h2:"
                + " ...), or define a @StrataDataSource bean");
      }
      if (DriverDataSource.redacted(url).equalsIgnoreCase(UNNAMED_IN_MEMORY)) {
        throw new MigrationDataSourceException(
            "strata.url is "
                + UNNAMED_IN_MEMORY
                + ", an in-memory H2 database without a name, of which each connection opens an"
                + " empty one of its own: the migration would fail on its history table or be lost"
                + " with its connection. Name the database, as the application's DataSource names"
                + " it (jdbc:h2:mem:app;DB_CLOSE_DELAY=-1), or remove strata.url to migrate the"
                + " application's DataSource");
      }
      // the runtime's, which masks the URL's and strata.password's password in the driver's
      // failures (MariaDB's quotes user:password@host as a host and a port it cannot read)
      return DriverDataSource.of(
          url, user, properties.password(), fromUrl.getDriver().getClass().getClassLoader());
    }
    if (application == null) {
      throw new MigrationDataSourceException(
          "Strata found no DataSource to migrate: with several DataSources, mark the"
              + " application's one @Primary, or annotate one @StrataDataSource, or set strata.url");
    }
    if (user == null && text(properties.password()) != null) {
      // the password of another account, which migrating as the application's would ignore
      throw new MigrationDataSourceException(
          "strata.password is set, but strata.user is not: Strata would migrate as the"
              + " application's account, ignoring it, and the views would be that account's. Set"
              + " strata.user to the account the password is for, or remove strata.password");
    }
    if (user != null) {
      SimpleDriverDataSource asUser =
          DataSourceBuilder.derivedFrom(application)
              .type(SimpleDriverDataSource.class)
              .username(user)
              .password(properties.password())
              .build();
      return PoolSchemaDataSource.over(asUser, application);
    }
    return application;
  }

  /**
   * Refuses {@code strata.url}, {@code strata.user} and {@code strata.password} beside a {@link
   * StrataDataSource} bean, which Strata migrates through instead: ignored, they would leave the
   * views in another database, or another account's, than they say.
   */
  private void refuseConnectionProperties(@Nullable String url, @Nullable String user) {
    List<String> set = new ArrayList<>();
    if (url != null) {
      set.add("strata.url");
    }
    if (user != null) {
      set.add("strata.user");
    }
    if (text(properties.password()) != null) {
      set.add("strata.password");
    }
    if (!set.isEmpty()) {
      throw new MigrationDataSourceException(
          String.join(" and ", set)
              + (set.size() == 1 ? " is" : " are")
              + " set beside a @StrataDataSource bean, which Strata migrates through instead,"
              + " ignoring them. Remove "
              + (set.size() == 1 ? "the property" : "the properties")
              + ", or the bean's @StrataDataSource to migrate as they say");
    }
  }

  // an empty value, as strata.url=${STRATA_URL:} reads without the variable, is no value
  private static @Nullable String text(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * Whether a {@code Strata} that migrates through {@code migrated} migrates the database behind
   * {@code dataSource}: the same DataSource, or one whose URL, as its driver reports it, names the
   * same database, parameters and login aside ({@code strata.url=${DB_URL}} beside {@code
   * spring.datasource.url=${DB_URL}}, {@code strata.user}, a {@link StrataDataSource} bean, a
   * {@code Strata} bean of the application's own), unless it is H2's unnamed in-memory {@code
   * jdbc:h2:mem:}, a database of each connection's own.
   *
   * @param urls the URLs read so far, each DataSource's read once
   */
  static boolean reaches(DataSource migrated, DataSource dataSource, ReportedUrls urls) {
    if (dataSource.equals(migrated)) {
      return true;
    }
    String url = urls.of(migrated);
    if (url == null || DriverDataSource.redacted(url).equalsIgnoreCase(UNNAMED_IN_MEMORY)) {
      return false;
    }
    String other = urls.of(dataSource);
    return other != null && DriverDataSource.redacted(url).equals(DriverDataSource.redacted(other));
  }
}
