package dev.strata.processor.oracle;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.envers.Audited;
import org.hibernate.tool.schema.spi.DelayedDropRegistryNotAvailableImpl;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;

/**
 * Hibernate itself, as the judge of the tables Strata creates: it validates a schema ({@code
 * hbm2ddl.auto=validate}) or creates its own ({@code create}) for the same entity classes, with
 * Hibernate's default naming or Spring Boot's: the two strategies Spring Boot's {@code
 * HibernateProperties} configures, its own implicit one and Hibernate's snake case physical one.
 */
public final class HibernateOracle {

  private static final String ENVERS_ENABLED = "hibernate.integration.envers.enabled";

  private final List<Class<?>> entities;
  private final ClassLoader loader;
  private final boolean springImplicit;
  private final boolean snakeCase;

  /**
   * @param springNaming whether to name as Spring Boot does ({@code -Astrata.naming=snake_case})
   */
  public HibernateOracle(List<Class<?>> entities, ClassLoader loader, boolean springNaming) {
    this(entities, loader, springNaming, springNaming);
  }

  private HibernateOracle(
      List<Class<?>> entities, ClassLoader loader, boolean springImplicit, boolean snakeCase) {
    this.entities = List.copyOf(entities);
    this.loader = loader;
    this.springImplicit = springImplicit;
    this.snakeCase = snakeCase;
  }

  /**
   * Hibernate named as Spring Boot names under {@code
   * spring.jpa.hibernate.naming.physical-strategy} set to Hibernate's {@code
   * PhysicalNamingStrategyStandardImpl}: Spring's implicit names, every name as written ({@code
   * -Astrata.naming=spring_standard}).
   */
  public static HibernateOracle springWithNamesAsWritten(
      List<Class<?>> entities, ClassLoader loader) {
    return new HibernateOracle(entities, loader, true, false);
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
   * Validates the schema in {@code migrated}, as {@link #validate} does, and creates Hibernate's
   * own in {@code empty}, a database of the same kind, as {@link #create} does: the parity check's
   * two steps from one bootstrap of the entities, where the two calls cost two.
   */
  public void validateAndCreate(DataSource migrated, DataSource empty) throws SQLException {
    StandardServiceRegistry registry = registry(migrated, "validate");
    Metadata metadata = metadata(registry);
    // exported while the session factory is open, as closing it closes the registry the export
    // runs in; ordered as for a create, which orders the columns of tables and keys (a join
    // table's key: [favourites_id, owner_id]) where a validation leaves them as mapped
    try (SessionFactory factory = build(metadata, registry);
        Connection connection = empty.getConnection()) {
      ((MetadataImplementor) metadata).orderColumns(true);
      Map<String, Object> settings =
          new HashMap<>(registry.requireService(ConfigurationService.class).getSettings());
      settings.put(AvailableSettings.HBM2DDL_AUTO, "create-only");
      settings.put(AvailableSettings.JAKARTA_HBM2DDL_CONNECTION, connection);
      SchemaManagementToolCoordinator.process(
          metadata, registry, settings, DelayedDropRegistryNotAvailableImpl.INSTANCE);
    }
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
   * Runs {@code work} in a transaction of a session factory started against a schema it first
   * validates, and returns what it returns.
   */
  public <R> R fromValidated(
      DataSource dataSource, java.util.function.Function<org.hibernate.Session, R> work) {
    try (SessionFactory factory = start(dataSource, "validate")) {
      return factory.fromTransaction(work);
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
    StandardServiceRegistry registry = registry(dataSource, action);
    return build(metadata(registry), registry);
  }

  private StandardServiceRegistry registry(DataSource dataSource, String action) {
    StandardServiceRegistryBuilder builder =
        new StandardServiceRegistryBuilder(
                new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build())
            .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
            .applySetting(AvailableSettings.HBM2DDL_AUTO, action)
            .applySetting(AvailableSettings.SHOW_SQL, "false")
            // Envers is on the test class path for the models that audit; it adds to every boot
            // it joins, so it joins only those
            .applySetting(ENVERS_ENABLED, audits(entities));
    if (isPostgres(dataSource)) {
      builder.applySetting(
          AvailableSettings.DIALECT, SchemaScopedPostgreSQLDialect.class.getName());
    }
    return builder.build();
  }

  /** Whether an entity, a field of one or a class above one carries Envers' {@code @Audited}. */
  private static boolean audits(List<Class<?>> entities) {
    for (Class<?> entity : entities) {
      for (Class<?> type = entity; type != null; type = type.getSuperclass()) {
        if (type.isAnnotationPresent(Audited.class)) {
          return true;
        }
        for (Field field : type.getDeclaredFields()) {
          if (field.isAnnotationPresent(Audited.class)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private Metadata metadata(StandardServiceRegistry registry) {
    MetadataSources sources = new MetadataSources(registry);
    entities.forEach(sources::addAnnotatedClass);
    MetadataBuilder builder = sources.getMetadataBuilder();
    if (snakeCase) {
      builder.applyPhysicalNamingStrategy(new PhysicalNamingStrategySnakeCaseImpl());
    }
    if (springImplicit) {
      builder.applyImplicitNamingStrategy(new SpringImplicitNamingStrategy());
    }
    return builder.build();
  }

  /** The session factory, which closes {@code registry} when it closes, or at once if it fails. */
  private static SessionFactory build(Metadata metadata, StandardServiceRegistry registry) {
    try {
      return metadata.buildSessionFactory();
    } catch (RuntimeException e) {
      StandardServiceRegistryBuilder.destroy(registry);
      throw e;
    }
  }
}
