package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The mappings for which Strata cannot yet build the schema Hibernate builds: each is reported on
 * the class or field that declares it, naming the mapping, so that no table ever lacks a column,
 * key or constraint Hibernate expects without the build saying so.
 */
final class UnsupportedMappings {

  /** JPA annotations on a class, each with what Hibernate makes of it. */
  private static final List<Refused> CLASS_JPA =
      List.of(
          new Refused("Inheritance", "entity inheritance"),
          new Refused("DiscriminatorColumn", "entity inheritance"),
          new Refused("SecondaryTable", "@SecondaryTable"),
          new Refused("SecondaryTables", "@SecondaryTable"),
          new Refused("IdClass", "@IdClass"),
          new Refused("AssociationOverride", "@AssociationOverride"),
          new Refused("AssociationOverrides", "@AssociationOverride"));

  /** JPA annotations on a field. */
  private static final List<Refused> FIELD_JPA =
      List.of(
          new Refused("MapKeyColumn", "a Map's key column"),
          new Refused("MapKeyJoinColumn", "a Map's key column"),
          new Refused("AssociationOverride", "@AssociationOverride"),
          new Refused("AssociationOverrides", "@AssociationOverride"),
          new Refused("MapsId", "@MapsId"),
          new Refused("JoinColumns", "a composite foreign key (@JoinColumns)"),
          new Refused("PrimaryKeyJoinColumn", "@PrimaryKeyJoinColumn"));

  /** Hibernate's own annotations that change the schema. */
  private static final List<Refused> HIBERNATE =
      List.of(
          new Refused("Type", "a custom @Type"),
          new Refused("JdbcType", "@JdbcType"),
          new Refused("JdbcTypeCode", "@JdbcTypeCode"),
          new Refused("JavaType", "@JavaType"),
          new Refused("Nationalized", "@Nationalized"),
          new Refused("GeneratedColumn", "@GeneratedColumn"),
          new Refused("Any", "@Any"),
          new Refused("ManyToAny", "@ManyToAny"),
          new Refused("CollectionId", "@CollectionId"),
          new Refused("SoftDelete", "@SoftDelete"),
          new Refused("TenantId", "@TenantId"));

  private record Refused(String annotation, String mapping) {}

  private UnsupportedMappings() {}

  /** Whether the class maps only what Strata supports; reports each mapping it does not. */
  static boolean classSupported(TypeElement type, MappingReport report) {
    boolean supported = check(type, CLASS_JPA, report, true);
    Optional<AnnotationMirror> table = JpaAnnotations.find(type, "Table");
    for (String attribute : List.of("schema", "catalog")) {
      if (table.flatMap(t -> AnnotationMirrors.value(t, attribute)).isPresent()) {
        report.unsupported(
            JpaMessages.unsupported("@Table(" + attribute + " = ...)"), type, table.get());
        supported = false;
      }
    }
    return supported;
  }

  /** Whether the field maps only what Strata supports; reports each mapping it does not. */
  static boolean fieldSupported(Element field, MappingReport report) {
    boolean supported = check(field, FIELD_JPA, report, true);
    supported &= check(field, HIBERNATE, report, false);
    Optional<AnnotationMirror> column = JpaAnnotations.find(field, "Column");
    for (String attribute : List.of("table")) {
      if (column.flatMap(c -> AnnotationMirrors.value(c, attribute)).isPresent()) {
        report.unsupported(
            JpaMessages.unsupported("@Column(" + attribute + " = ...)"), field, column.get());
        supported = false;
      }
    }
    return supported && generationSupported(field, report) && joinSupported(field, report);
  }

  private static boolean generationSupported(Element field, MappingReport report) {
    Optional<AnnotationMirror> generated = JpaAnnotations.find(field, "GeneratedValue");
    String strategy =
        generated.flatMap(g -> AnnotationMirrors.enumConstant(g, "strategy")).orElse("AUTO");
    if (generated.isPresent() && strategy.equals("TABLE")) {
      report.unsupported(
          JpaMessages.unsupported("@GeneratedValue(strategy = " + strategy + ")")
              + JpaMessages.IDENTITY_INSTEAD,
          field,
          generated.get());
      return false;
    }
    return true;
  }

  private static boolean joinSupported(Element field, MappingReport report) {
    Optional<AnnotationMirror> join = JpaAnnotations.find(field, "JoinColumn");
    for (String attribute : List.of("referencedColumnName", "table", "foreignKey")) {
      if (join.flatMap(c -> AnnotationMirrors.value(c, attribute)).isPresent()) {
        report.unsupported(
            JpaMessages.unsupported("@JoinColumn(" + attribute + " = ...)"), field, join.get());
        return false;
      }
    }
    boolean single = JpaAnnotations.has(field, "ManyToOne", "OneToOne");
    if (single && JpaAnnotations.has(field, "JoinTable")) {
      report.unsupported(
          JpaMessages.unsupported("a to-one association through a @JoinTable"),
          field,
          JpaAnnotations.find(field, "JoinTable").get());
      return false;
    }
    return true;
  }

  private static boolean check(
      Element element, List<Refused> refused, MappingReport report, boolean jpa) {
    boolean supported = true;
    for (Refused item : refused) {
      Optional<AnnotationMirror> found =
          jpa
              ? JpaAnnotations.find(element, item.annotation())
              : AnnotationMirrors.find(element, "org.hibernate.annotations." + item.annotation());
      if (found.isPresent()) {
        report.unsupported(JpaMessages.unsupported(item.mapping()), element, found.get());
        supported = false;
      }
    }
    return supported;
  }
}
