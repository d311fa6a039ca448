package dev.strata.processor;

import dev.strata.View;
import dev.strata.processor.jpa.JpaAnnotations;
import dev.strata.processor.jpa.JpaNaming;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SqlIdentifiers;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.model.ViewOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds the views of the module: those annotated in this round, plus those the newest snapshot
 * knows whose classes still carry {@code @View} on the classpath (an incremental or IDE build
 * compiles only some files, and a view is not dropped for not being recompiled).
 */
public final class ViewCollector {

  public static final String VIEW_ANNOTATION = "dev.strata.View";
  public static final String HIBERNATE_VIEW = "org.hibernate.annotations.View";

  private final Elements elements;
  private final JpaNaming naming;

  /**
   * @param naming how Hibernate turns a {@code @Table} name into the name it queries, which a view
   *     named after it takes
   */
  ViewCollector(Elements elements, JpaNaming naming) {
    this.elements = elements;
    this.naming = naming;
  }

  /**
   * @param lastDeclaring the classes that declared the module's views at its last build, where a
   *     build that compiles only some classes looks for the views of the classes it does not
   *     compile: a class renamed since the snapshot that names it, a view moved to another class,
   *     or a view of a version deleted since (folded, or dropped in a merge)
   */
  List<DeclaredView> collect(
      RoundEnvironment round, Schema history, Supplier<Set<String>> lastDeclaring) {
    Set<String> classesInRound = new HashSet<>();
    List<DeclaredView> views = declaredIn(round, classesInRound);
    Set<String> names = new HashSet<>();
    views.forEach(view -> names.add(view.name()));
    boolean missing = false;
    for (ViewDefinition known : history.views()) {
      if (names.contains(known.name())) {
        continue;
      }
      Optional<DeclaredView> found =
          classesInRound.contains(known.declaredBy())
              ? Optional.empty()
              : onClasspath(known.declaredBy()).filter(view -> view.name().equals(known.name()));
      found.ifPresent(view -> names.add(view.name()));
      found.ifPresent(views::add);
      missing |= found.isEmpty();
    }
    // a build that compiles no view and misses none is a test compilation, or has nothing to do
    if (!missing && classesInRound.isEmpty()) {
      return views;
    }
    for (String className : lastDeclaring.get()) {
      if (!classesInRound.contains(className)) {
        onClasspath(className).filter(view -> names.add(view.name())).ifPresent(views::add);
      }
    }
    return views;
  }

  /** The view that the compiled class {@code className} declares, if it exists and declares one. */
  private Optional<DeclaredView> onClasspath(String className) {
    TypeElement type = elements.getTypeElement(className);
    return type == null ? Optional.empty() : read(type, false);
  }

  /** Whether a class of {@code round} carries Strata's {@code @View}. */
  boolean anyIn(RoundEnvironment round) {
    TypeElement annotation = elements.getTypeElement(VIEW_ANNOTATION);
    return annotation != null
        && round.getElementsAnnotatedWith(annotation).stream()
            .anyMatch(TypeElement.class::isInstance);
  }

  /** The views that the classes of {@code round} declare. */
  List<DeclaredView> declaredIn(RoundEnvironment round) {
    return declaredIn(round, new HashSet<>());
  }

  /**
   * @param classes gets the name of each class read, so that a class with both annotations is read
   *     once
   */
  private List<DeclaredView> declaredIn(RoundEnvironment round, Set<String> classes) {
    List<DeclaredView> views = new ArrayList<>();
    for (String annotationName : List.of(VIEW_ANNOTATION, HIBERNATE_VIEW)) {
      TypeElement annotation = elements.getTypeElement(annotationName);
      if (annotation == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement type
            && classes.add(type.getQualifiedName().toString())) {
          read(type, true).ifPresent(views::add);
        }
      }
    }
    return views;
  }

  private Optional<DeclaredView> read(TypeElement type, boolean inRound) {
    Optional<AnnotationMirror> hibernate = AnnotationMirrors.find(type, HIBERNATE_VIEW);
    if (AnnotationMirrors.find(type, VIEW_ANNOTATION).isEmpty() && hibernate.isPresent()) {
      return Optional.of(readHibernateView(type, hibernate.get(), inRound));
    }
    return AnnotationMirrors.find(type, VIEW_ANNOTATION)
        .map(annotation -> readView(type, annotation, inRound));
  }

  private DeclaredView readView(TypeElement type, AnnotationMirror annotation, boolean inRound) {
    Optional<AnnotationValue> nameValue = AnnotationMirrors.value(annotation, "name");
    // sql has no default, so javac always hands its value over
    AnnotationValue sqlValue = AnnotationMirrors.value(annotation, "sql").orElse(null);
    Optional<AnnotationValue> renamedFromValue = AnnotationMirrors.value(annotation, "renamedFrom");
    String name =
        nameValue.map(value -> value.getValue().toString()).orElseGet(() -> defaultName(type));
    return new DeclaredView(
        type,
        annotation,
        name,
        nameValue,
        sqlValue == null ? "" : sqlValue.getValue().toString(),
        sqlValue,
        AnnotationMirrors.strings(annotation, "dependsOn"),
        AnnotationMirrors.value(annotation, "dependsOn"),
        renamedFromValue.map(value -> value.getValue().toString()),
        renamedFromValue,
        AnnotationMirrors.strings(annotation, "externalTables"),
        AnnotationMirrors.bool(annotation, "verify", true),
        AnnotationMirrors.annotations(annotation, "dialects").stream()
            .map(
                dialect ->
                    new DeclaredDialect(
                        AnnotationMirrors.string(dialect, "database", ""),
                        AnnotationMirrors.string(dialect, "sql", ""),
                        dialect))
            .toList(),
        new ViewOptions(
            option(annotation, "checkOption", View.CheckOption::valueOf, View.CheckOption.NONE),
            option(annotation, "security", View.Security::valueOf, View.Security.DEFAULT),
            AnnotationMirrors.bool(annotation, "securityBarrier", false),
            option(annotation, "algorithm", View.Algorithm::valueOf, View.Algorithm.UNDEFINED)),
        DeclaredStorage.read(annotation, name),
        inRound);
  }

  private static <T> T option(
      AnnotationMirror annotation, String name, Function<String, T> valueOf, T fallback) {
    return AnnotationMirrors.enumConstant(annotation, name).map(valueOf).orElse(fallback);
  }

  /**
   * Hibernate's {@code @View(query = ...)} with {@code @Table} and {@code @Immutable}: a view
   * declaration Strata accepts as it is, named by {@code @Table}.
   */
  private DeclaredView readHibernateView(
      TypeElement type, AnnotationMirror annotation, boolean inRound) {
    Optional<AnnotationValue> query = AnnotationMirrors.value(annotation, "query");
    return new DeclaredView(
        type,
        annotation,
        defaultName(type),
        Optional.empty(),
        query.map(value -> value.getValue().toString()).orElse(""),
        query.orElse(null),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        true,
        List.of(),
        ViewOptions.NONE,
        DeclaredStorage.PLAIN,
        inRound);
  }

  /**
   * JPA's {@code @Table(name = ...)} if the class has one, as the naming strategy makes it the name
   * Hibernate queries, else the snake_case class name; in the schema {@code @Table} names, if any.
   */
  private String defaultName(TypeElement type) {
    String tableName = JpaAnnotations.name(type, "Table");
    return JpaAnnotations.qualified(
        JpaAnnotations.tableSchema(type),
        tableName.isEmpty()
            ? SqlIdentifiers.snakeCase(type.getSimpleName().toString())
            : naming.physical(tableName));
  }
}
