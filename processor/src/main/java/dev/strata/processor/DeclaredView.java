package dev.strata.processor;

import dev.strata.processor.model.DialectQuery;
import dev.strata.processor.model.ViewOptions;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @View} as found on a class, with the annotation and values that diagnostics point at.
 *
 * @param element the annotated class
 * @param annotation the {@code @View} annotation on it
 * @param name the view's name, explicit or derived
 * @param nameValue the {@code name} value, when given explicitly
 * @param sql the {@code sql} value's text
 * @param sqlValue the {@code sql} value
 * @param dependsOn the names in {@code dependsOn}
 * @param dependsOnValue the {@code dependsOn} value, when given
 * @param renamedFrom the {@code renamedFrom} name, when given
 * @param renamedFromValue the {@code renamedFrom} value, when given
 * @param externalTables the tables it reads that the module does not declare
 * @param verify whether its query is run and its columns checked at compile time
 * @param dialects the queries that replace {@code sql} on particular databases
 * @param options the view's options
 * @param storage whether it is materialized, and its indexes
 * @param inRound whether the class is being compiled now, rather than read from the classpath
 */
public record DeclaredView(
    TypeElement element,
    AnnotationMirror annotation,
    String name,
    Optional<AnnotationValue> nameValue,
    String sql,
    AnnotationValue sqlValue,
    List<String> dependsOn,
    Optional<AnnotationValue> dependsOnValue,
    Optional<String> renamedFrom,
    Optional<AnnotationValue> renamedFromValue,
    List<String> externalTables,
    boolean verify,
    List<DeclaredDialect> dialects,
    ViewOptions options,
    DeclaredStorage storage,
    boolean inRound) {

  public DeclaredView {
    dialects = List.copyOf(dialects);
    dependsOn = List.copyOf(dependsOn);
    externalTables = List.copyOf(externalTables);
  }

  public String className() {
    return element.getQualifiedName().toString();
  }

  /**
   * The dialect whose query {@code database} runs, as the runtime picks it: its own; on MariaDB,
   * else MySQL's; empty where the database runs {@link #sql}.
   */
  public Optional<DeclaredDialect> dialectRunOn(String database) {
    for (String lookup : DialectQuery.runBy(database)) {
      for (DeclaredDialect dialect : dialects) {
        if (dialect.database().equals(lookup)) {
          return Optional.of(dialect);
        }
      }
    }
    return Optional.empty();
  }
}
