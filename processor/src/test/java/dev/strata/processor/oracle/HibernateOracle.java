package dev.strata.processor.oracle;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;

/**
 * Hibernate itself, as the judge of the tables Strata creates: it validates a schema ({@code
 * hbm2ddl.auto=validate}) or creates its own ({@code create}) for the same entity classes, with
 * Hibernate's default naming or Spring Boot's: the two strategies Spring Boot's {@code
 * HibernateProperties} configures, its own implicit one and Hibernate's snake case physical one.
 */
public final class HibernateOracle {

  private final List<Class<?>> entities;
  private final ClassLoader loader;
  private final boolean springNaming;

  /**
   * @param springNaming whether to name as Spring Boot does ({@code -Astrata.naming=snake_case})
   */
  public HibernateOracle(List<Class<?>> entities, ClassLoader loader, boolean springNaming) {
    this.entities = List.copyOf(entities);
    this.loader = loader;
    this.springNaming = springNaming;
  }

  /** A logical name, given or implicit, as Spring Boot's physical naming strategy writes it. */
  public static String springName(String logicalName) {
    return new PhysicalNamingStrategySnakeCaseImpl()
        .toPhysicalColumnName(Identifier.toIdentifier(logicalName), null)
        .getText();
  }

  /** Throws Hibernate's own exception when the database's schema differs from the mapping. */
  public void validate(DataSource dataSource) {
    start(dataSource, "validate").close();
  }

  /** Creates the schema Hibernate would create, in an empty database. */
  public void create(DataSource dataSource) {
    start(dataSource, "create-only").close();
  }

  /**
   * Persists a new instance of {@code entity}, made with its no-argument constructor, in a
   * transaction against a schema Hibernate first validates, and returns the key Hibernate gave it.
   */
  public Object persistNew(DataSource dataSource, Class<?> entity) throws Exception {
    java.lang.reflect.Constructor<?> constructor = entity.getDeclaredConstructor();
    constructor.setAccessible(true);
    Object instance = constructor.newInstance();
    try (SessionFactory factory = start(dataSource, "validate")) {
      return factory.fromTransaction(
          session -> {
            session.persist(instance);
            session.flush();
            return session.getIdentifier(instance);
          });
    }
  }

  /**
   * The class of the entity Hibernate loads for key {@code id} of {@code entity}, against a schema
   * it first validates: for a row of a single table, the class its discriminator names.
   */
  public Class<?> loadedClass(DataSource dataSource, Class<?> entity, Object id) {
    try (SessionFactory factory = start(dataSource, "validate")) {
      return factory.fromTransaction(session -> session.find(entity, id).getClass());
    }
  }

  /**
   * The value of field {@code field} of the entity Hibernate loads for key {@code id} of {@code
   * entity}, read inside the transaction, against a schema it first validates.
   */
  public Object fieldOf(DataSource dataSource, Class<?> entity, Object id, String field)
      throws Exception {
    java.lang.reflect.Field declared = entity.getDeclaredField(field);
    declared.setAccessible(true);
    try (SessionFactory factory = start(dataSource, "validate")) {
      return factory.fromTransaction(
          session -> {
            try {
              return declared.get(session.find(entity, id));
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(e);
            }
          });
    }
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to validate: " + e, e);
    }
  }

  private SessionFactory start(DataSource dataSource, String action) {
    Configuration configuration =
        new Configuration(new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build());
    entities.forEach(configuration::addAnnotatedClass);
    configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
    configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, action);
    configuration.setProperty(AvailableSettings.SHOW_SQL, "false");
    if (isPostgres(dataSource)) {
      configuration.setProperty(
          AvailableSettings.DIALECT, SchemaScopedPostgreSQLDialect.class.getName());
    }
    if (springNaming) {
      configuration.setPhysicalNamingStrategy(new PhysicalNamingStrategySnakeCaseImpl());
      configuration.setImplicitNamingStrategy(new SpringImplicitNamingStrategy());
    }
    return configuration.buildSessionFactory();
  }
}
