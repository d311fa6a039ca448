package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Hibernate's own refusal to start on classes of a model under {@code src/test/resources}, compiled
 * by javac alone, as Strata's processor refuses them first: the oracle for an error Strata reports
 * where Hibernate would not start.
 *
 * @param folder the model's folder, such as {@code oracle/namedconverters/v1}
 * @param packageName the package its classes declare
 */
record HibernateRefusal(String folder, String packageName) {

  /**
   * Compiles the classes named {@code sources} into {@code classes}, has Hibernate boot on those
   * named {@code booted} against an empty H2 database, and returns the exception of {@code type} it
   * refuses to start with (failing if it starts).
   */
  <T extends Throwable> T of(Class<T> type, Path classes, List<String> sources, List<String> booted)
      throws Exception {
    List<Path> files = new ArrayList<>();
    for (String source : sources) {
      files.add(resource(source));
    }
    try (URLClassLoader loader = PlainClasses.compile(classes, files);
        TestDatabase database = TestDatabases.open(DatabaseKind.H2)) {
      List<Class<?>> entities = new ArrayList<>();
      for (String name : booted) {
        entities.add(loader.loadClass(packageName + "." + name));
      }
      HibernateOracle hibernate = new HibernateOracle(entities, loader, false);
      return assertThrows(type, () -> hibernate.create(database.dataSource()));
    }
  }

  /**
   * How Hibernate 7 begins its refusal of a converter on {@code field} under {@code annotation}
   * ({@code Temporal}, {@code MapKeyEnumerated}): converters JPA does not apply there.
   */
  static String converterNotAllowed(String field, String annotation) {
    return "'AttributeConverter' not allowed for attribute '"
        + field
        + "' annotated '@jakarta.persistence."
        + annotation
        + "'";
  }

  private Path resource(String name) throws URISyntaxException {
    return Path.of(getClass().getResource("/" + folder + "/" + name + ".java").toURI());
  }
}
