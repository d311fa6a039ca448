package dev.strata.processor.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Maps the persistent fields of a JPA class to the columns they read and write, as Hibernate does
 * with field access: {@code @Column}, {@code @Id}, {@code @GeneratedValue}, {@code @Enumerated},
 * {@code @Embedded}, {@code @ManyToOne} and {@code @OneToOne} with {@code @JoinColumn},
 * {@code @Version}, and the Bean Validation constraints Hibernate applies to the schema. {@link
 * BasicColumns} maps the column of each basic field.
 */
public final class FieldMapper {

  private final JpaNaming naming;
  private final BeanValidation validation;
  private final ToOneColumns toOne;
  private final AttributeConverters converters;
  private final Hierarchies hierarchies;
  private final BasicColumns basics;
  private final TemporalColumns temporal;
  private final NumericColumns numeric;
  private final BoundFields bound;

  /**
   * Whether this mapper maps the fields of an embeddable that an entity's {@code @Embedded} fields
   * hold, whose collections {@link AssociationMapper} maps; elsewhere (an element collection's
   * embeddable, an embedded id, a map key) Hibernate has no table for them of its own.
   */
  private final boolean inEntityEmbedding;

  /**
   * @param validationDdl {@code -Astrata.validator.apply_to_ddl}
   * @param round whose {@code @Converter(autoApply = true)} classes apply to every entity
   * @param targets the databases the module runs on, some of whose Hibernate dialects refuse what
   *     others take
   */
  public FieldMapper(
      JpaNaming naming,
      Elements elements,
      Types types,
      boolean validationDdl,
      RoundEnvironment round,
      Set<String> targets) {
    this(
        naming,
        BeanValidation.of(elements, validationDdl),
        AttributeConverters.of(round, elements),
        Hierarchies.NONE,
        false,
        new TemporalColumns(targets),
        new NumericColumns(targets),
        new BoundFields(types));
  }

  private FieldMapper(
      JpaNaming naming,
      BeanValidation validation,
      AttributeConverters converters,
      Hierarchies hierarchies,
      boolean inEntityEmbedding,
      TemporalColumns temporal,
      NumericColumns numeric,
      BoundFields bound) {
    this.naming = naming;
    this.validation = validation;
    this.toOne = new ToOneColumns(this, validation);
    this.converters = converters;
    this.hierarchies = hierarchies;
    this.temporal = temporal;
    this.numeric = numeric;
    this.basics = new BasicColumns(naming, validation, converters, temporal, numeric);
    this.inEntityEmbedding = inEntityEmbedding;
    this.bound = bound;
  }

  /** The same mapper, resolving associations to entities of {@code known} hierarchies. */
  FieldMapper within(Hierarchies known) {
    return new FieldMapper(naming, validation, converters, known, false, temporal, numeric, bound);
  }

  JpaNaming naming() {
    return naming;
  }

  BeanValidation validation() {
    return validation;
  }

  AttributeConverters converters() {
    return converters;
  }

  Hierarchies hierarchies() {
    return hierarchies;
  }

  BasicColumns basicColumns() {
    return basics;
  }

  BoundFields bound() {
    return bound;
  }

  /**
   * The columns of every persistent field of the class and its mapped superclasses; a field Strata
   * cannot map as Hibernate does is reported to {@code report}, of the stage that asked.
   */
  List<MappedColumn> columns(TypeElement type, MappingReport report) {
    return columns(type, (DeclaredType) type.asType(), report, true);
  }

  /** The columns of an embeddable as a field of type {@code held}, its type arguments too. */
  List<MappedColumn> embeddedColumns(
      TypeElement embeddable, TypeMirror held, MappingReport report) {
    DeclaredType seenFrom =
        held instanceof DeclaredType declared && declared.asElement().equals(embeddable)
            ? declared
            : (DeclaredType) embeddable.asType();
    return columns(embeddable, seenFrom, report, true);
  }

  /**
   * The columns of an embeddable that {@code collection} holds as {@code held}, its type arguments
   * too, remapped by the collection's {@code @AttributeOverride}s as Hibernate remaps them in the
   * collection table.
   */
  List<MappedColumn> elementColumns(
      TypeElement embeddable, TypeMirror held, VariableElement collection, MappingReport report) {
    // a collection table's columns take no Bean Validation constraint, as in Hibernate
    String prefix = MapKeys.isMap(collection) ? MapOverrides.VALUE : "";
    ConvertPaths.reportUnresolved(collection, embeddable, prefix, report);
    FieldMapper unvalidated =
        new FieldMapper(
            naming,
            BeanValidation.none(),
            converters.below(collection.getSimpleName().toString(), collection, prefix),
            hierarchies,
            false,
            temporal,
            numeric,
            bound);
    return AttributeOverrides.apply(
        unvalidated.embeddedColumns(embeddable, held, report),
        collection,
        prefix,
        unvalidated.remap(report),
        report);
  }

  /**
   * The columns of a map's embeddable key, remapped by the map's {@code key.}
   * {@code @AttributeOverride}s.
   */
  List<MappedColumn> mapKeyColumns(
      TypeElement embeddable, VariableElement map, MappingReport report) {
    return AttributeOverrides.apply(
        columns(embeddable, report), map, MapOverrides.KEY, remap(report), report);
  }

  /**
   * The columns of the fields a class declares itself or inherits from mapped superclasses, not
   * those of an entity it extends: what a subclass adds to its hierarchy's tables.
   */
  List<MappedColumn> ownColumns(TypeElement type, MappingReport report) {
    return columns(type, (DeclaredType) type.asType(), report, false);
  }

  /** The columns of {@code type}'s fields, of type variable too, as {@code seenFrom} binds them. */
  private List<MappedColumn> columns(
      TypeElement type, DeclaredType seenFrom, MappingReport report, boolean inherited) {
    if (convertsByPath(type)) {
      ConvertPaths.reportUnresolved(type, type, "", report);
    }
    return convertingAs(type).columnsOf(type, seenFrom, report, inherited);
  }

  private static boolean convertsByPath(Element type) {
    return JpaAnnotations.has(type, "Entity", "MappedSuperclass", "Embeddable")
        && !JpaAnnotations.all(type, "Convert").isEmpty();
  }

  /** This mapper with the class's {@code @Convert(attributeName = ...)}s, below those above. */
  private FieldMapper convertingAs(Element type) {
    return convertsByPath(type) ? converting(converters.below(null, type, "")) : this;
  }

  private List<MappedColumn> columnsOf(
      TypeElement type, DeclaredType seenFrom, MappingReport report, boolean inherited) {
    if (!UnsupportedMappings.columnPerField(type, report)) {
      return List.of();
    }
    List<MappedColumn> fromEntity = new ArrayList<>();
    List<MappedColumn> columns = new ArrayList<>();
    PropertyAccess.fieldAccess(type, report);
    TypeElement superclass = JpaTypes.typeElement(type.getSuperclass());
    boolean mappedSuperclass =
        superclass != null && JpaAnnotations.has(superclass, "MappedSuperclass");
    if (mappedSuperclass) {
      columns.addAll(columns(superclass, seenFrom, report, inherited));
    } else if (superclass != null && inherited && JpaAnnotations.isEntity(superclass)) {
      fromEntity.addAll(columns(superclass, seenFrom, report, inherited));
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && PersistentFields.column((VariableElement) member)) {
        columns.addAll(map((VariableElement) member, seenFrom, report));
      } else if (member.getKind() == ElementKind.FIELD
          && JpaAnnotations.has(type, "Embeddable")
          && !inEntityEmbedding
          && PersistentFields.collection((VariableElement) member)) {
        // no entity holds it through @Embedded fields, so no table is the owner of its rows
        report.unsupported(JpaMessages.collectionOutsideEntityEmbedding(), member, null);
      }
    }
    // the class's overrides rename what it declares and inherits from mapped superclasses, over a
    // field's own overrides; a parent entity's attributes are that entity's to override
    if (JpaAnnotations.has(type, "Entity", "MappedSuperclass", "Embeddable")) {
      columns =
          AssociationOverrides.apply(
              AttributeOverrides.apply(columns, type, remap(report), report),
              type,
              naming,
              validation,
              report);
    }
    fromEntity.addAll(columns);
    columns = fromEntity;
    return JpaAnnotations.isEntity(type) ? DerivedIdentities.apply(columns, report) : columns;
  }

  /**
   * The primary key columns of an entity, mapping only its key fields, so that an entity referring
   * to itself, or two that refer to each other, map without mapping each other in a loop.
   */
  List<MappedColumn> keyColumns(TypeElement type, MappingReport report) {
    return keyColumns(type, (DeclaredType) type.asType(), report);
  }

  private List<MappedColumn> keyColumns(
      TypeElement type, DeclaredType seenFrom, MappingReport report) {
    List<MappedColumn> columns = new ArrayList<>();
    TypeElement superclass = JpaTypes.typeElement(type.getSuperclass());
    if (superclass != null && JpaAnnotations.has(superclass, "MappedSuperclass", "Entity")) {
      columns.addAll(keyColumns(superclass, seenFrom, report));
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && PersistentFields.column((VariableElement) member)
          && JpaAnnotations.has(member, "Id", "EmbeddedId", "MapsId")) {
        columns.addAll(map((VariableElement) member, seenFrom, report));
      }
    }
    columns = AttributeOverrides.applyToKey(columns, type, remap(report));
    List<MappedColumn> key =
        JpaAnnotations.isEntity(type) ? DerivedIdentities.apply(columns, report) : columns;
    return key.stream().filter(MappedColumn::id).toList();
  }

  /** The table an entity maps to: {@code @Table(name)}, else its entity name. */
  String tableName(TypeElement entity) {
    String entityName = JpaAnnotations.name(entity, "Entity");
    return naming.physical(
        JpaAnnotations.name(entity, "Table"),
        entityName.isEmpty() ? entity.getSimpleName().toString() : entityName);
  }

  private List<MappedColumn> map(
      VariableElement declared, DeclaredType seenFrom, MappingReport report) {
    Optional<VariableElement> seen = bound.seenFrom(seenFrom, declared, report);
    return seen.isPresent() && UnsupportedMappings.fieldSupported(seen.get(), report)
        ? map(seen.get(), report)
        : List.of();
  }

  /** The columns of {@code field}, whose type is bound as the class being mapped binds it. */
  private List<MappedColumn> map(VariableElement field, MappingReport report) {
    if (converters.of(field, field.asType()) instanceof AttributeConverters.Conversion.Refused no) {
      report.unsupported(no.message(), field, no.at());
      return List.of();
    }
    if (!UnconvertedAttributes.supported(field, converters, report)) {
      return List.of();
    }
    TypeElement fieldType = JpaTypes.typeElement(field.asType());
    if (JpaAnnotations.has(field, "EmbeddedId")) {
      return fieldType == null
          ? List.of()
          : EmbeddedColumns.of(field, fieldType, inside(field, false), report).stream()
              .map(MappedColumn::asKey)
              .toList();
    }
    // Hibernate aggregates an embeddable mapped as JSON into one column, as any JSON value
    if (!JsonColumns.json(field)
        && (JpaAnnotations.has(field, "Embedded")
            || (fieldType != null && JpaAnnotations.has(fieldType, "Embeddable")))) {
      return embeddedColumns(field, fieldType, report);
    }
    Optional<TypeElement> target = AssociationMapper.toOneTarget(field);
    if (!MappedByFields.named(field, target, "OneToOne", report).isEmpty()) {
      return List.of(); // the other side holds the foreign key
    }
    if (target.isPresent() && ToOneJoinTables.throughJoinTable(field)) {
      return List.of(); // its join table holds the foreign key
    }
    if (target.isPresent()) {
      // targetEntity names the entity where the field's type is an interface it implements
      return toOne.columns(field, target.get(), report);
    }
    Optional<MappedColumn> column = basicColumn(field, report);
    // a @Type without a columnDefinition is reported on the @Type already
    if (column.isEmpty() && !UserTypes.annotates(field)) {
      report.unsupported(TypeMessages.unmapped(field), field, null);
    }
    return column.map(List::of).orElse(List.of());
  }

  /** The columns of an embedded field: its embeddable's, remapped by the field's overrides. */
  private List<MappedColumn> embeddedColumns(
      VariableElement field, TypeElement fieldType, MappingReport report) {
    if (EmbeddedColumns.naturalId(field, report) || fieldType == null) {
      return List.of();
    }
    // reached from the entity through @Embedded fields alone: an entity or mapped superclass
    // declares the field, or an embeddable reached that way
    boolean entityEmbedding =
        !JpaAnnotations.has(field, "Id")
            && (inEntityEmbedding
                || JpaAnnotations.has(field.getEnclosingElement(), "Entity", "MappedSuperclass"));
    return EmbeddedColumns.of(field, fieldType, inside(field, entityEmbedding), report);
  }

  /** The mapper of the fields of the embeddable {@code embedding} holds, constrained as there. */
  private FieldMapper inside(VariableElement embedding, boolean inEntityEmbedding) {
    return new FieldMapper(
        naming,
        validation.inside(embedding),
        converters.below(embedding.getSimpleName().toString(), embedding, ""),
        hierarchies,
        inEntityEmbedding,
        temporal,
        numeric,
        bound);
  }

  /** The same mapper, converting as {@code scoped} says. */
  FieldMapper converting(AttributeConverters scoped) {
    return new FieldMapper(
        naming, validation, scoped, hierarchies, inEntityEmbedding, temporal, numeric, bound);
  }

  /**
   * The column an override's {@code @Column} gives an overridden one, constrained, converted and
   * named as its field is where it is: through each embedded field on its path and the classes
   * declaring them.
   */
  BiFunction<MappedColumn, Optional<AnnotationMirror>, Optional<MappedColumn>> remap(
      MappingReport report) {
    return (overridden, column) -> {
      FieldMapper mapper = this;
      for (VariableElement embedding : overridden.embeddings()) {
        mapper =
            mapper
                .convertingAs(embedding.getEnclosingElement())
                .inside(embedding, inEntityEmbedding);
      }
      mapper = mapper.convertingAs(overridden.field().getEnclosingElement());
      // a part of an embedded id stays one, NOT NULL whatever the override's column says
      return mapper
          .basics
          .column(overridden.field(), column, report)
          .map(remapped -> overridden.id() ? remapped.asKey() : remapped)
          .map(
              remapped ->
                  EmbeddedColumnNames.namedAlongPath(
                      remapped.reachedThrough(overridden.embeddings()), naming));
    };
  }

  private Optional<MappedColumn> basicColumn(VariableElement field, MappingReport report) {
    return basics.column(field, JpaAnnotations.find(field, "Column"), report);
  }
}
