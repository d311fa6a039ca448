package dev.strata.processor;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.processor.viewfuzz.BaseRows;
import dev.strata.processor.viewfuzz.BaseTables;
import dev.strata.processor.viewfuzz.ViewCase;
import dev.strata.processor.viewfuzz.ViewFuzzModel;
import dev.strata.testing.TestDatabase;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.tool.schema.spi.SchemaManagementException;

/**
 * Hibernate's verdict on each generated view entity of a model on one database, its views created
 * by Strata's migrations or by hand with the same SQL: it validates the schema ({@code
 * hbm2ddl.auto=validate}) with the base entities and the view's, and loads every row of the view,
 * reading the field.
 */
final class HibernateViewJudge {

  private final ViewFuzzModel model;
  private final ClassLoader loader;
  private final Set<String> passed;

  /**
   * @param passed the views Strata passed, judged in one start of Hibernate first (each alone only
   *     when that fails), as starting it once a view is what the fuzzer's time goes to
   */
  HibernateViewJudge(ViewFuzzModel model, ClassLoader loader, Set<String> passed) {
    this.model = model;
    this.loader = loader;
    this.passed = Set.copyOf(passed);
  }

  /** Creates the base tables with Hibernate's export and each view with a plain CREATE VIEW. */
  Map<String, ViewOutcome> byHand(TestDatabase database) throws Exception {
    baseOracle().create(database.dataSource());
    Map<String, ViewOutcome> created = new LinkedHashMap<>();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (ViewCase view : model.views()) {
        try {
          statement.execute("CREATE VIEW " + view.view() + " AS " + view.sql());
          created.put(view.view(), ViewOutcome.OK);
        } catch (java.sql.SQLException e) {
          created.put(view.view(), ViewOutcome.of(ViewOutcome.Kind.CREATE_FAILED, e));
        }
      }
    }
    return judgeCreated(database, created);
  }

  /** Judges the views of a database that Strata's migrations created, all of them. */
  Map<String, ViewOutcome> migrated(TestDatabase database) throws Exception {
    Map<String, ViewOutcome> created = new LinkedHashMap<>();
    model.views().forEach(view -> created.put(view.view(), ViewOutcome.OK));
    return judgeCreated(database, created);
  }

  private Map<String, ViewOutcome> judgeCreated(
      TestDatabase database, Map<String, ViewOutcome> created) throws Exception {
    List<Object> rows = new BaseRows(model.seed()).instances(loader);
    baseOracle()
        .fromValidated(
            database.dataSource(),
            session -> {
              rows.forEach(session::persist);
              return null;
            });
    Map<String, ViewOutcome> outcomes = new LinkedHashMap<>(created);
    List<ViewCase> together =
        model.views().stream()
            .filter(view -> created.get(view.view()).ok() && passed.contains(view.view()))
            .toList();
    List<ViewCase> judged =
        together.size() > 1 && loadTogether(database, together) ? together : List.of();
    for (ViewCase view : model.views()) {
      if (created.get(view.view()).ok() && !judged.contains(view)) {
        outcomes.put(view.view(), judge(database, view));
      }
    }
    return outcomes;
  }

  /** Whether Hibernate validates {@code views} together and loads each, reading its field. */
  private boolean loadTogether(TestDatabase database, List<ViewCase> views) throws Exception {
    List<Class<?>> entities = new ArrayList<>();
    for (ViewCase view : views) {
      entities.add(loader.loadClass(BaseTables.PACKAGE + "." + view.className()));
    }
    try {
      oracle(entities)
          .fromValidated(
              database.dataSource(),
              session -> {
                for (Class<?> entity : entities) {
                  Field field = field(entity);
                  session
                      .createSelectionQuery("from " + entity.getSimpleName(), entity)
                      .getResultList()
                      .forEach(row -> read(field, row));
                }
                return null;
              });
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private ViewOutcome judge(TestDatabase database, ViewCase view) throws Exception {
    Class<?> entity = loader.loadClass(BaseTables.PACKAGE + "." + view.className());
    Field field = field(entity);
    HibernateOracle oracle = oracle(List.of(entity));
    try {
      oracle.fromValidated(
          database.dataSource(),
          session -> {
            for (Object row :
                session.createSelectionQuery("from " + view.className(), entity).getResultList()) {
              read(field, row);
            }
            return null;
          });
      return ViewOutcome.OK;
    } catch (SchemaManagementException e) {
      return ViewOutcome.of(ViewOutcome.Kind.VALIDATE_FAILED, e);
    } catch (RuntimeException e) {
      return ViewOutcome.of(ViewOutcome.Kind.LOAD_FAILED, e);
    }
  }

  private static Field field(Class<?> entity) {
    try {
      Field field = entity.getDeclaredField("v");
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads the field of {@code row}; a row Hibernate gives as null (its key NULL) has none. */
  private static void read(Field field, Object row) {
    if (row == null) {
      return;
    }
    try {
      field.get(row);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private HibernateOracle baseOracle() throws ClassNotFoundException {
    return oracle(List.of());
  }

  private HibernateOracle oracle(List<Class<?>> views) throws ClassNotFoundException {
    List<Class<?>> entities = new ArrayList<>();
    entities.add(loader.loadClass(BaseTables.PACKAGE + ".Item"));
    entities.add(loader.loadClass(BaseTables.PACKAGE + ".Tag"));
    entities.addAll(views);
    return new HibernateOracle(entities, loader, false);
  }
}
