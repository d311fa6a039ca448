package dev.strata.spring;

import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.DataSourceUnwrapper;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.util.ClassUtils;

/**
 * The connections Strata migrates on as {@code strata.user}, opened without the application's pool,
 * placed in the catalog and schema that the pool sets on its own connections ({@code
 * spring.datasource.hikari.schema}, {@code .catalog}), which the URL they share does not name. Only
 * what the pool sets explicitly: a database's default for the application's account (PostgreSQL's
 * {@code "$user"} schema) is no reason to move Strata's objects.
 */
final class PoolSchemaDataSource extends DelegatingDataSource {

  private static final boolean HIKARI =
      ClassUtils.isPresent(
          "com.zaxxer.hikari.HikariDataSource", PoolSchemaDataSource.class.getClassLoader());

  private final @Nullable String catalog;
  private final @Nullable String schema;

  private PoolSchemaDataSource(
      DataSource asUser, @Nullable String catalog, @Nullable String schema) {
    super(asUser);
    this.catalog = catalog;
    this.schema = schema;
  }

  /**
   * {@code asUser} with the catalog and schema that {@code application}'s pool sets, or as it is
   * when the pool sets neither or is not HikariCP.
   */
  static DataSource over(DataSource asUser, DataSource application) {
    HikariDataSource pool =
        HIKARI
            ? DataSourceUnwrapper.unwrap(
                application, HikariConfigMXBean.class, HikariDataSource.class)
            : null;
    if (pool == null || (pool.getCatalog() == null && pool.getSchema() == null)) {
      return asUser;
    }
    return new PoolSchemaDataSource(asUser, pool.getCatalog(), pool.getSchema());
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = super.getConnection();
    try {
      if (catalog != null) {
        connection.setCatalog(catalog);
      }
      if (schema != null) {
        connection.setSchema(schema);
      }
      return connection;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }
}
