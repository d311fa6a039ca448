package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Maps the collection-valued associations of entities to what Hibernate builds for them: a
 * unidirectional {@code @OneToMany @JoinColumn} adds a foreign key column to the other entity's
 * table; a {@code @ManyToMany}, or a {@code @OneToMany} with neither {@code @JoinColumn} nor {@code
 * mappedBy}, gets a join table, and so does a to-one with a {@code @JoinTable} ({@link
 * ToOneJoinTables}). The side with {@code mappedBy} maps nothing.
 */
final class AssociationMapper {

  /** A column, and its foreign key, that an association adds to another entity's table. */
  /**
   * @param foreignKey none where the {@code @JoinColumn} declares {@code
   *     ConstraintMode.NO_CONSTRAINT}
   */
  record ForeignColumn(
      String table, ColumnDefinition column, Optional<ForeignKeyDefinition> foreignKey) {}

  /** What the associations of a set of entities add to their tables. */
  record Result(List<ForeignColumn> columns, List<JoinTables.Declared> joinTables) {}

  private final FieldMapper mapper;
  private final JoinTables joinTables;
  private final CollectionTables collectionTables;
  private final ToOneJoinTables toOneJoinTables;

  AssociationMapper(FieldMapper mapper) {
    this.mapper = mapper;
    this.joinTables = new JoinTables(mapper);
    this.collectionTables = new CollectionTables(mapper);
    this.toOneJoinTables = new ToOneJoinTables(mapper);
  }

  /**
   * @param tableOf the table of an entity, mapped on demand for one the round does not hold
   */
  Result map(
      List<TypeElement> entities,
      Function<TypeElement, TableDefinition> tableOf,
      MappingReport report) {
    List<ForeignColumn> columns = new ArrayList<>();
    List<JoinTables.Declared> tables = new ArrayList<>();
    // by the other table's column: the entity whose table its foreign key refers to, and why
    Map<String, Claim> joinColumns = new HashMap<>();
    for (TypeElement entity : entities) {
      tables.addAll(toOneJoinTables.tables(entity, tableOf, report));
      EmbeddedCollections.Shared shared = new EmbeddedCollections.Shared();
      for (CollectionAttribute attribute : CollectionAttribute.of(entity, mapper.bound(), report)) {
        if (!UnsupportedMappings.fieldSupported(attribute.field(), report)
            || !BoundCollections.supported(attribute.field(), report)
            || !EmbeddedCollections.overridesSupported(attribute, report)) {
          continue;
        }
        List<ForeignColumn> addedColumns = new ArrayList<>();
        List<JoinTables.Declared> addedTables = new ArrayList<>();
        if (JpaAnnotations.has(attribute.field(), "ElementCollection")) {
          collectionTables
              .table(entity, attribute, tableOf.apply(entity), tableOf, report)
              .ifPresent(addedTables::add);
        } else {
          association(entity, attribute, tableOf, report, addedColumns, addedTables);
        }
        // an embeddable embedded twice: Hibernate writes the rows of both into one table
        if (shared.claim(attribute, tableOf.apply(entity).name(), addedColumns, addedTables, report)
            && ownColumns(entity, attribute, addedColumns, tableOf, joinColumns, report)) {
          columns.addAll(addedColumns);
          tables.addAll(addedTables);
        }
      }
    }
    return new Result(columns, tables);
  }

  /** An entity's collection whose join column is in another entity's table. */
  private record Claim(TypeElement entity, String table, CollectionAttribute attribute) {}

  /**
   * Whether the join columns a {@code @OneToMany @JoinColumn} puts in the other table are its own
   * or refer to the same table as another's; reports one that two entities' collections share, to
   * which Hibernate gives one foreign key, to the entity it happens to read last.
   */
  private static boolean ownColumns(
      TypeElement entity,
      CollectionAttribute attribute,
      List<ForeignColumn> added,
      Function<TypeElement, TableDefinition> tableOf,
      Map<String, Claim> claimed,
      MappingReport report) {
    for (ForeignColumn column : added) {
      String key = (column.table() + "." + column.column().name()).toLowerCase(Locale.ROOT);
      Claim claim = new Claim(entity, tableOf.apply(entity).name(), attribute);
      Claim first = claimed.putIfAbsent(key, claim);
      if (first != null && !first.table().equalsIgnoreCase(claim.table())) {
        report.unsupported(
            AssociationMessages.sharedJoinColumn(
                column.table() + "." + column.column().name(),
                first.entity().getSimpleName() + "." + first.attribute().path(),
                entity.getSimpleName() + "." + attribute.path(),
                attribute),
            attribute.embeddings().isEmpty() ? attribute.field() : attribute.embeddings().get(0),
            null);
        return false;
      }
    }
    return true;
  }

  /**
   * What one {@code @OneToMany} or {@code @ManyToMany} adds to {@code columns} or {@code tables}.
   */
  private void association(
      TypeElement entity,
      CollectionAttribute attribute,
      Function<TypeElement, TableDefinition> tableOf,
      MappingReport report,
      List<ForeignColumn> columns,
      List<JoinTables.Declared> tables) {
    VariableElement field = attribute.field();
    Optional<TypeElement> target = target(field);
    if (target.isEmpty() || !JpaAnnotations.isEntity(target.get())) {
      report.unsupported(AssociationMessages.unknownTargetEntity(field), field, null);
      return;
    }
    if (!mappedBy(field).isEmpty()) {
      if (!MappedByFields.owned(field, target.get(), report)) {
        return;
      }
      if (JpaAnnotations.has(field, "MapKeyColumn", "MapKeyJoinColumn")) {
        report.unsupported(
            JpaMessages.unsupported("a Map's key column on the inverse (mappedBy) side"),
            field,
            JpaAnnotations.find(field, "MapKeyColumn")
                .or(() -> JpaAnnotations.find(field, "MapKeyJoinColumn"))
                .get());
      }
      if (JpaAnnotations.has(field, "ManyToMany") && JpaAnnotations.has(field, "OrderColumn")) {
        report.unsupported(
            AssociationMessages.inverseManyToManyOrder(field, target.get(), mappedBy(field)),
            field,
            JpaAnnotations.find(field, "OrderColumn").get());
        return;
      }
      inverseOrder(attribute, tableOf.apply(target.get())).ifPresent(columns::add);
      return; // the other side maps the rest
    }
    TableDefinition owner = tableOf.apply(entity);
    TableDefinition other = tableOf.apply(target.get());
    if (!JpaAnnotations.has(field, "OneToMany") || !JpaAnnotations.has(field, "JoinColumn")) {
      joinTables
          .table(entity, attribute, owner, target.get(), other, tableOf, report)
          .ifPresent(tables::add);
    } else if (MapKeys.isMap(field) && !JpaAnnotations.has(field, "MapKey")) {
      report.unsupported(
          JpaMessages.unsupported(
              "a Map's key column in the other entity's table (a @OneToMany @JoinColumn Map without"
                  + " @MapKey)"),
          field,
          JpaAnnotations.find(field, "JoinColumn").get());
    } else if (JpaAnnotations.has(field, "OrderColumn")) {
      report.unsupported(
          JpaMessages.unsupported("@OrderColumn on a @OneToMany with a @JoinColumn"),
          field,
          JpaAnnotations.find(field, "OrderColumn").get());
    } else if (singleKey(owner).isEmpty()) {
      report.unsupported(
          JpaMessages.unsupported("a @OneToMany @JoinColumn from an entity with a composite key"),
          field,
          JpaAnnotations.find(field, "JoinColumn").get());
    } else {
      boolean constrained = !mapper.hierarchies().spreadOverTables(entity);
      for (TypeElement holder : rowTables(target.get())) {
        foreignColumn(attribute, owner, tableOf.apply(holder), constrained).ifPresent(columns::add);
      }
    }
  }

  /**
   * The entities whose tables hold the rows of {@code target}: itself, and for a table-per-class
   * entity its concrete subclasses too, each of whose tables Hibernate 7 gives a
   * {@code @OneToMany @JoinColumn}'s column (measured: {@code shape.shapes_id} and {@code
   * circle.shapes_id}).
   */
  private List<TypeElement> rowTables(TypeElement target) {
    Hierarchies hierarchies = mapper.hierarchies();
    if (!hierarchies.spreadOverTables(target)) {
      return List.of(target);
    }
    List<TypeElement> holders = new ArrayList<>();
    holders.add(target);
    holders.addAll(hierarchies.descendants(target));
    return holders.stream()
        .filter(type -> !type.getModifiers().contains(Modifier.ABSTRACT))
        .toList();
  }

  /**
   * The {@code @OrderColumn} of a {@code @OneToMany(mappedBy)} list, which Hibernate puts in the
   * other entity's table beside the owning side's key: nullable unless it says otherwise, since the
   * owning side writes rows without it.
   */
  private Optional<ForeignColumn> inverseOrder(
      CollectionAttribute attribute, TableDefinition other) {
    if (!JpaAnnotations.has(attribute.field(), "OneToMany")) {
      return Optional.empty();
    }
    boolean nullable =
        JpaAnnotations.find(attribute.field(), "OrderColumn")
            .map(order -> AnnotationMirrors.bool(order, "nullable", true))
            .orElse(true);
    return JoinTables.orderColumn(attribute, mapper.naming())
        .filter(order -> other.column(order.name()).isEmpty())
        .map(
            order ->
                new ForeignColumn(
                    other.name(),
                    new ColumnDefinition(order.name(), order.type(), nullable),
                    Optional.empty()));
  }

  /**
   * The foreign key column a unidirectional {@code @OneToMany @JoinColumn} puts on the other side;
   * without its foreign key unless {@code constrained}: an owner whose rows spread over the tables
   * of a table-per-class hierarchy has none to refer to, and Hibernate writes none.
   */
  private Optional<ForeignColumn> foreignColumn(
      CollectionAttribute attribute,
      TableDefinition owner,
      TableDefinition other,
      boolean constrained) {
    VariableElement field = attribute.field();
    Optional<ColumnDefinition> key = singleKey(owner);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    AnnotationMirror join = attribute.joinColumn().orElseThrow();
    String name =
        mapper
            .naming()
            .physical(
                AnnotationMirrors.string(join, "name", ""),
                field.getSimpleName() + "_" + key.get().name());
    if (other.column(name).isPresent()) {
      return Optional.empty(); // the other side maps the same column with a @ManyToOne
    }
    boolean nullable = AnnotationMirrors.bool(join, "nullable", true);
    ForeignKeyDefinition foreignKey =
        DeclaredForeignKeys.named(
                field,
                new ForeignKeyDefinition(
                    TableMapper.constraintName(other.name(), name, "fkey"),
                    List.of(name),
                    owner.name(),
                    List.of(key.get().name())))
            .onDelete(DeleteRules.of(field));
    return Optional.of(
        new ForeignColumn(
            other.name(),
            CollectionRenames.formerly(
                new ColumnDefinition(
                    name, BasicTypes.referring(Optional.of(join), key.get().type()), nullable),
                field,
                property ->
                    mapper
                        .naming()
                        .physical(
                            AnnotationMirrors.string(join, "name", ""),
                            property + "_" + key.get().renamedFrom().orElse(key.get().name()))),
            constrained && DeclaredForeignKeys.constrained(field)
                ? Optional.of(foreignKey)
                : Optional.empty()));
  }

  /** The one column of a table's primary key, which only single-column keys have. */
  static Optional<ColumnDefinition> singleKey(TableDefinition table) {
    return table.primaryKey().size() == 1
        ? table.column(table.primaryKey().get(0))
        : Optional.empty();
  }

  static String mappedBy(Element field) {
    return JpaAnnotations.find(field, "OneToMany")
        .or(() -> JpaAnnotations.find(field, "ManyToMany"))
        .map(c -> AnnotationMirrors.string(c, "mappedBy", ""))
        .orElse("");
  }

  /** The entity a to-one field refers to: its {@code targetEntity}, else its type. */
  static Optional<TypeElement> toOneTarget(Element field) {
    Optional<AnnotationMirror> association =
        JpaAnnotations.find(field, "ManyToOne").or(() -> JpaAnnotations.find(field, "OneToOne"));
    if (association.isEmpty()) {
      return Optional.empty();
    }
    Optional<TypeElement> given =
        AnnotationMirrors.value(association.get(), "targetEntity")
            .map(value -> value.getValue())
            .filter(DeclaredType.class::isInstance)
            .map(type -> (TypeElement) ((DeclaredType) type).asElement())
            .filter(type -> !type.getQualifiedName().contentEquals("void"));
    if (given.isPresent()) {
      return given;
    }
    return field.asType() instanceof DeclaredType type
        ? Optional.of((TypeElement) type.asElement())
        : Optional.empty();
  }

  /** The entity a collection holds: {@code targetEntity}, else the element type argument. */
  static Optional<TypeElement> target(VariableElement field) {
    Optional<AnnotationMirror> association =
        JpaAnnotations.find(field, "OneToMany").or(() -> JpaAnnotations.find(field, "ManyToMany"));
    Optional<TypeElement> given =
        association
            .flatMap(c -> AnnotationMirrors.value(c, "targetEntity"))
            .map(value -> (TypeMirror) value.getValue())
            .filter(type -> type instanceof DeclaredType)
            .map(type -> (TypeElement) ((DeclaredType) type).asElement())
            .filter(type -> !type.getQualifiedName().contentEquals("void"));
    if (given.isPresent() || !(field.asType() instanceof DeclaredType declared)) {
      return given;
    }
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    // a Map holds its entities as values
    TypeMirror held = arguments.isEmpty() ? null : arguments.get(arguments.size() - 1);
    return arguments.size() <= 2 && held instanceof DeclaredType element
        ? Optional.of((TypeElement) element.asElement())
        : Optional.empty();
  }

  /**
   * The {@code @OneToMany} and {@code @ManyToMany} fields of a class and its mapped superclasses.
   */
  static List<VariableElement> collectionFields(TypeElement type) {
    return persistentFields(
        type, member -> JpaAnnotations.has(member, "OneToMany", "ManyToMany", "ElementCollection"));
  }

  /** The persistent fields of a class and its mapped superclasses that {@code which} accepts. */
  static List<VariableElement> persistentFields(TypeElement type, Predicate<Element> which) {
    List<VariableElement> fields = new ArrayList<>();
    if (type.getSuperclass() instanceof DeclaredType superclass
        && JpaAnnotations.has(superclass.asElement(), "MappedSuperclass")) {
      fields.addAll(persistentFields((TypeElement) superclass.asElement(), which));
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && !member.getModifiers().contains(Modifier.STATIC)
          && !member.getModifiers().contains(Modifier.TRANSIENT)
          && !JpaAnnotations.has(member, "Transient")
          && which.test(member)) {
        fields.add((VariableElement) member);
      }
    }
    return fields;
  }
}
