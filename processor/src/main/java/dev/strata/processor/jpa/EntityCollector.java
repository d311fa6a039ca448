package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.ViewCollector;
import dev.strata.processor.diff.KnownKeyGenerators;
import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds the JPA entities of the module that map to tables and reads each into a table definition,
 * with the columns and join tables its associations add. Entities mapped onto a view
 * ({@code @View}, Hibernate's {@code @View} or {@code @Subselect}) are views, never tables.
 */
public final class EntityCollector {

  private final Elements elements;
  private final FieldMapper mapper;

  public EntityCollector(Elements elements, FieldMapper mapper) {
    this.elements = elements;
    this.mapper = mapper;
  }

  /**
   * Whether this build compiles a class that shapes a table: an entity, a single-table subclass
   * whose columns its root's table holds, or a mapped superclass or embeddable whose fields
   * entities compiled earlier take (javac reads them from the sources being compiled).
   */
  public boolean anyMappingInRound(RoundEnvironment round) {
    for (String annotation : List.of("Entity", "MappedSuperclass", "Embeddable")) {
      for (TypeElement type : JpaAnnotations.types(elements, annotation)) {
        if (!round.getElementsAnnotatedWith(type).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the tables mapped now differ from the newest snapshot's. The entities compiled earlier
   * are mapped again from their classes, so an enum or converter compiled alone changes their
   * tables though no entity is compiled now.
   */
  public static boolean differ(Schema committed, List<DeclaredEntity> entities) {
    List<TableDefinition> tables = entities.stream().map(DeclaredEntity::table).toList();
    long names = tables.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).distinct().count();
    // a table mapped twice is no schema: the checks that follow name the classes at fault
    return names < tables.size()
        || !new SchemaDiffer()
            .diff(
                KnownKeyGenerators.assumed(
                    Schema.EMPTY.withTables(committed.tables()), Schema.EMPTY.withTables(tables)),
                Schema.EMPTY.withTables(tables))
            .isEmpty();
  }

  /**
   * The entities of the round, plus those the newest snapshot knows whose classes are still
   * entities on the classpath: an incremental build compiles only some files.
   *
   * @param report where mappings Strata cannot realise are reported
   * @param lastDeclaring the classes that declared the module's views and entities at its last
   *     build: an entity renamed since the snapshot that names its table is found there, and so is
   *     one of a version deleted since (folded, or dropped in a merge) that is not compiled now
   */
  public List<DeclaredEntity> collect(
      RoundEnvironment round,
      Schema committed,
      MappingReport report,
      Supplier<Set<String>> lastDeclaring) {
    // by qualified name, in the order found; the value says whether it is compiled now
    Map<String, Boolean> inRound = new LinkedHashMap<>();
    Map<String, TypeElement> types = new HashMap<>();
    for (TypeElement entityAnnotation : JpaAnnotations.types(elements, "Entity")) {
      for (Element element : round.getElementsAnnotatedWith(entityAnnotation)) {
        if (element instanceof TypeElement type && !isViewEntity(type)) {
          String name = type.getQualifiedName().toString();
          inRound.putIfAbsent(name, true);
          types.put(name, type);
        }
      }
    }
    boolean missing = false;
    boolean anyInRound = !inRound.isEmpty();
    for (TableDefinition known : committed.tables()) {
      List<String> classes = new ArrayList<>(List.of(known.declaredBy()));
      // the subclasses whose columns a single table holds declare no table of their own
      known.inheritance().ifPresent(inheritance -> classes.addAll(inheritance.subclasses()));
      for (String name : classes) {
        missing |= !addFromClasspath(name, inRound, types);
      }
    }
    // an entity renamed since the snapshot that names its table, or one whose version was deleted
    // since (folded, or dropped in a merge): the last build listed it
    for (String name : missing || anyInRound ? lastDeclaring.get() : Set.<String>of()) {
      addFromClasspath(name, inRound, types);
    }
    List<DeclaredEntity> entities = entities(inRound, types, committed, report);
    // by name as mapped now, where a foreign key refers; a table mapped twice is reported later
    Function<String, Optional<TableDefinition>> current =
        name ->
            entities.stream()
                .map(DeclaredEntity::table)
                .filter(table -> table.name().equalsIgnoreCase(name))
                .findFirst();
    return entities.stream()
        .map(
            entity ->
                new DeclaredEntity(
                    entity.element(),
                    FormerNames.resolved(entity.table(), committed, mapper.naming(), current),
                    entity.inRound(),
                    entity.declaring()))
        .toList();
  }

  /** Adds the entity class {@code name} unless compiled now; whether it is an entity of either. */
  private boolean addFromClasspath(
      String name, Map<String, Boolean> inRound, Map<String, TypeElement> types) {
    if (inRound.containsKey(name)) {
      return true;
    }
    TypeElement type = elements.getTypeElement(name);
    if (type == null || !JpaAnnotations.isEntity(type) || isViewEntity(type)) {
      return false;
    }
    inRound.put(name, false);
    types.put(name, type);
    return true;
  }

  private List<DeclaredEntity> entities(
      Map<String, Boolean> inRound,
      Map<String, TypeElement> types,
      Schema committed,
      MappingReport report) {
    List<TypeElement> order = inRound.keySet().stream().map(types::get).toList();
    if (!UnquotedNames.check(order, report)) {
      // no table can hold those names: none is built, and the errors say why
      return List.of();
    }
    Hierarchies hierarchies = new Hierarchies(order);
    FieldMapper known = mapper.within(hierarchies);
    HierarchyMapper tables = new HierarchyMapper(known, hierarchies);
    Map<TypeElement, List<TableDefinition>> own = new HashMap<>();
    for (TypeElement type : order) {
      UnsupportedMappings.classSupported(type, report);
      UnconvertedAttributes.inheritedKeys(type, known.converters(), report);
      own.put(type, tables.tables(type, report));
    }
    AssociationMapper.Result added =
        new AssociationMapper(known)
            .map(
                order,
                // with its former name as the snapshot has it, which the names made of it follow
                type ->
                    FormerNames.withFormerName(
                        tables
                            .keyTable(type, report)
                            .orElseGet(() -> new TableMapper(known).table(type, report)),
                        committed,
                        mapper.naming()),
                report);
    List<DeclaredEntity> entities = new ArrayList<>();
    for (TypeElement type : order) {
      for (TableDefinition table : own.get(type)) {
        entities.add(
            new DeclaredEntity(
                type,
                withForeignColumns(table, added.columns()),
                inRound.get(qualified(type)),
                type));
      }
    }
    List<JoinTables.Declared> declared = new ArrayList<>(added.joinTables());
    declared.addAll(new TableGenerators(known).tables(order, report));
    for (JoinTables.Declared joinTable : declared) {
      entities.add(
          new DeclaredEntity(
              joinTable.owner(),
              joinTable.table(),
              inRound.getOrDefault(qualified(joinTable.owner()), false),
              joinTable.declaring()));
    }
    return sharingSequences(entities);
  }

  private static TableDefinition withForeignColumns(
      TableDefinition table, List<AssociationMapper.ForeignColumn> added) {
    List<ColumnDefinition> columns = new ArrayList<>(table.columns());
    List<ForeignKeyDefinition> foreignKeys = new ArrayList<>(table.foreignKeys());
    for (AssociationMapper.ForeignColumn column : added) {
      if (column.table().equalsIgnoreCase(table.name())
          && table.column(column.column().name()).isEmpty()
          && columns.stream().noneMatch(c -> c.name().equalsIgnoreCase(column.column().name()))) {
        columns.add(column.column());
        column.foreignKey().ifPresent(foreignKeys::add);
      }
    }
    return table.toBuilder().columns(columns).foreignKeys(foreignKeys).build();
  }

  /**
   * Entities that share a {@code @SequenceGenerator} read one sequence: the table first by name
   * records it and creates it, so that no migration creates it twice, and the others record it as
   * shared, which says where their keys come from.
   */
  private static List<DeclaredEntity> sharingSequences(List<DeclaredEntity> entities) {
    Set<String> claimed = new HashSet<>();
    Map<DeclaredEntity, TableDefinition> tables = new HashMap<>();
    entities.stream()
        .sorted(Comparator.comparing(entity -> entity.table().name()))
        .forEach(
            entity -> {
              TableDefinition table = entity.table();
              Map<String, SequenceDefinition> all = new TreeMap<>();
              table.sequences().forEach(q -> all.put(q.name().toLowerCase(Locale.ROOT), q));
              table
                  .keySequences()
                  .forEach(q -> all.putIfAbsent(q.name().toLowerCase(Locale.ROOT), q));
              List<SequenceDefinition> claims =
                  all.entrySet().stream()
                      .filter(entry -> claimed.add(entry.getKey()))
                      .map(Map.Entry::getValue)
                      .toList();
              tables.put(
                  entity,
                  table.toBuilder()
                      .sequences(claims)
                      .keySequences(List.copyOf(all.values()))
                      .build());
            });
    return entities.stream()
        .map(e -> new DeclaredEntity(e.element(), tables.get(e), e.inRound(), e.declaring()))
        .toList();
  }

  private static String qualified(TypeElement type) {
    return type.getQualifiedName().toString();
  }

  private static boolean isViewEntity(TypeElement type) {
    return AnnotationMirrors.has(
        type,
        ViewCollector.VIEW_ANNOTATION,
        ViewCollector.HIBERNATE_VIEW,
        "org.hibernate.annotations.Subselect");
  }

  /**
   * An entity class and a table it maps to: its own, or a join table of its associations.
   *
   * @param inRound whether the class is being compiled now, rather than read from the classpath
   * @param declaring where a message about the table belongs: the class for its own tables, the
   *     field that declares a join, collection or generator table
   */
  public record DeclaredEntity(
      TypeElement element, TableDefinition table, boolean inRound, Element declaring) {}
}
