package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.ViewCollector;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds the JPA entities of the module that map to tables and reads each into a table definition.
 * Entities mapped onto a view ({@code @View}, Hibernate's {@code @View} or {@code @Subselect}) are
 * views, never tables.
 */
public final class EntityCollector {

  private final Elements elements;
  private final TableMapper tables;

  public EntityCollector(Elements elements, FieldMapper mapper) {
    this.elements = elements;
    this.tables = new TableMapper(mapper);
  }

  /**
   * The entities of the round, plus those the newest snapshot knows whose classes are still
   * entities on the classpath: an incremental build compiles only some files.
   *
   * @param report where fields that cannot be mapped are reported
   */
  public List<DeclaredEntity> collect(
      RoundEnvironment round, Schema committed, ValidationReport report) {
    List<DeclaredEntity> entities = new ArrayList<>();
    Set<String> classes = new HashSet<>();
    for (TypeElement entityAnnotation : JpaAnnotations.types(elements, "Entity")) {
      for (Element element : round.getElementsAnnotatedWith(entityAnnotation)) {
        if (element instanceof TypeElement type
            && classes.add(type.getQualifiedName().toString())
            && !isViewEntity(type)) {
          entities.add(new DeclaredEntity(type, tables.table(type, report), true));
        }
      }
    }
    for (TableDefinition known : committed.tables()) {
      TypeElement type =
          classes.contains(known.declaredBy()) ? null : elements.getTypeElement(known.declaredBy());
      if (type != null && JpaAnnotations.isEntity(type) && !isViewEntity(type)) {
        entities.add(new DeclaredEntity(type, tables.table(type, report), false));
      }
    }
    return entities;
  }

  private static boolean isViewEntity(TypeElement type) {
    return AnnotationMirrors.has(
        type,
        ViewCollector.VIEW_ANNOTATION,
        ViewCollector.HIBERNATE_VIEW,
        "org.hibernate.annotations.Subselect");
  }

  /**
   * An entity class and the table it maps to.
   *
   * @param inRound whether the class is being compiled now, rather than read from the classpath
   */
  public record DeclaredEntity(TypeElement element, TableDefinition table, boolean inRound) {}
}
