package dev.strata.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change of the kinds a team makes to a model between two versions, each of which the README
 * says Strata migrates with the rows: applied to the drafts of a model drawn again from its seed,
 * it says what it did and records the names it renames and the columns whose values it may change.
 */
final class RandomChange {

  /** The kinds of change, each supported by Strata per the README's JPA section. */
  enum Kind {
    ADD_COLUMN,
    DROP_COLUMN,
    WIDEN_COLUMN,
    NOT_NULL_WITH_DEFAULT,
    ADD_ENUM_CONSTANT,
    ADD_ENTITY,
    DROP_ENTITY,
    ADD_INDEX,
    ADD_UNIQUE_CONSTRAINT,
    RENAME_COLUMN,
    RENAME_ENTITY,
    RENAME_ASSOCIATION,
    ADD_SUBCLASS,
    ADD_ELEMENT_COLLECTION,
    MAKE_TO_ONE_OPTIONAL,
    MAKE_TO_ONE_REQUIRED,
    SHORTEN_COLUMN,
    DROP_UNIQUE_CONSTRAINT,
    RENAME_EMBEDDABLE_FIELD
  }

  /** A basic field of a draft, as its member's source text declares it. */
  record Field(EntityDraft draft, int index, String type, String name, List<String> annotations) {

    /** The column's name as written: {@code @Column(name)}, else the field's. */
    String column() {
      for (String annotation : annotations) {
        Matcher named = Pattern.compile("^@Column\\(.*name = \"(\\w+)\"").matcher(annotation);
        if (named.find()) {
          return named.group(1);
        }
      }
      return name;
    }

    String columnAnnotation() {
      return annotations.stream().filter(a -> a.startsWith("@Column")).findFirst().orElse(null);
    }
  }

  private static final List<String> ADDED_TYPES =
      List.of("String", "Integer", "Long", "LocalDate", "BigDecimal", "Boolean");

  private static final Set<String> UNIQUE_TYPES =
      Set.of("String", "Integer", "Long", "LocalDate", "int", "long", "short", "UUID");

  private final RandomModel.Generator model;
  private final Random random;
  private final Map<String, String> renamedTables;
  private final Map<String, String> renamedColumns;
  private final Set<String> touchedColumns;

  /** What an earlier change of this version added, entities and {@code Entity.field}s. */
  final Set<String> added = new java.util.HashSet<>();

  private final RandomRenames renames;
  private final RandomColumnRules rules;

  RandomChange(
      RandomModel.Generator model,
      Random random,
      Map<String, String> renamedTables,
      Map<String, String> renamedColumns,
      Set<String> touchedColumns,
      Set<String> expectedWarnings,
      Set<String> requiredColumns) {
    this.model = model;
    this.random = random;
    this.renamedTables = renamedTables;
    this.renamedColumns = renamedColumns;
    this.touchedColumns = touchedColumns;
    this.renames = new RandomRenames(this, model, renamedTables, renamedColumns);
    this.rules = new RandomColumnRules(this, model, expectedWarnings, requiredColumns);
  }

  /** Applies a change of {@code kind}; what it did, or null where the model has nothing for it. */
  String apply(Kind kind) {
    return switch (kind) {
      case ADD_COLUMN -> addColumn();
      case DROP_COLUMN -> dropColumn();
      case WIDEN_COLUMN -> widenColumn();
      case NOT_NULL_WITH_DEFAULT -> notNullWithDefault();
      case ADD_ENUM_CONSTANT -> addEnumConstant();
      case ADD_ENTITY -> addEntity();
      case DROP_ENTITY -> dropEntity();
      case ADD_INDEX -> addTableConstraint("indexes = @Index(columnList = \"%s\")", Set.of());
      case ADD_UNIQUE_CONSTRAINT ->
          addTableConstraint(
              "uniqueConstraints = @UniqueConstraint(columnNames = \"%s\")", UNIQUE_TYPES);
      case RENAME_COLUMN -> renames.renameColumn();
      case RENAME_ENTITY -> renames.renameEntity();
      case RENAME_ASSOCIATION -> renames.renameAssociation();
      case ADD_SUBCLASS -> addSubclass();
      case ADD_ELEMENT_COLLECTION -> addElementCollection();
      case MAKE_TO_ONE_OPTIONAL -> makeToOneOptional();
      case MAKE_TO_ONE_REQUIRED -> rules.makeToOneRequired();
      case SHORTEN_COLUMN -> rules.shortenColumn();
      case DROP_UNIQUE_CONSTRAINT -> rules.dropUniqueConstraint();
      case RENAME_EMBEDDABLE_FIELD -> renames.renameEmbeddableField();
    };
  }

  private String addEntity() {
    String name = model.newEntity().name;
    added.add(name);
    return "add entity " + name;
  }

  private String addColumn() {
    EntityDraft draft = any(model.drafts);
    String type = any(ADDED_TYPES);
    String field = model.names.member();
    List<String> annotations =
        type.equals("String") && random.nextBoolean()
            ? List.of("@Column(length = " + (10 + random.nextInt(100)) + ")")
            : List.of();
    draft.add(type, field, annotations);
    added.add(draft.name + "." + field);
    return "add nullable " + type + " " + draft.name + "." + field;
  }

  private String dropColumn() {
    Field field = anyUnreferenced(basicFields());
    if (field == null) {
      return null;
    }
    field.draft().members.remove(field.index());
    field.draft().indexableColumns.remove(field.column());
    return "drop " + field.draft().name + "." + field.name();
  }

  private String widenColumn() {
    List<Field> sized =
        basicFields().stream()
            .filter(f -> f.columnAnnotation() != null)
            .filter(f -> length(f, "length") < 255 || length(f, "precision") < 38)
            .toList();
    if (sized.isEmpty()) {
      return null;
    }
    Field field = any(sized);
    String column = field.columnAnnotation();
    String attribute = length(field, "length") < 255 ? "length" : "precision";
    int before = length(field, attribute);
    int after = before + 1 + random.nextInt((attribute.equals("length") ? 255 : 38) - before);
    replaceAnnotation(
        field, column, column.replace(attribute + " = " + before, attribute + " = " + after));
    return "widen "
        + field.draft().name
        + "."
        + field.name()
        + " "
        + attribute
        + " "
        + before
        + " to "
        + after;
  }

  private static int length(Field field, String attribute) {
    Matcher value =
        Pattern.compile(attribute + " = (\\d+)").matcher(String.valueOf(field.columnAnnotation()));
    return value.find() ? Integer.parseInt(value.group(1)) : Integer.MAX_VALUE;
  }

  private String notNullWithDefault() {
    List<Field> candidates =
        basicFields().stream()
            .filter(f -> List.of("String", "Integer", "Long").contains(f.type()))
            .filter(f -> f.annotations().stream().noneMatch(a -> a.contains("nullable")))
            .filter(f -> f.annotations().stream().noneMatch(a -> a.startsWith("@Lob")))
            .toList();
    if (candidates.isEmpty()) {
      return null;
    }
    Field field = any(candidates);
    String fallback = field.type().equals("String") ? "'d'" : "0";
    List<String> annotations = new ArrayList<>(field.annotations());
    String column = field.columnAnnotation();
    annotations.remove(column);
    annotations.add(
        column == null
            ? "@Column(nullable = false)"
            : column.substring(0, column.length() - 1) + ", nullable = false)");
    annotations.add("@org.hibernate.annotations.ColumnDefault(\"" + fallback + "\")");
    field
        .draft()
        .members
        .set(field.index(), EntityDraft.field(field.type(), field.name(), annotations));
    touchedColumns.add(field.column());
    return "make " + field.draft().name + "." + field.name() + " NOT NULL, default " + fallback;
  }

  private String addEnumConstant() {
    if (model.values.enums.isEmpty()) {
      return null;
    }
    String name = any(model.values.enums);
    String constant = model.names.constant();
    model.sources.put(name, model.sources.get(name).replace("\n}\n", ",\n  " + constant + "\n}\n"));
    return "add constant " + name + "." + constant;
  }

  private String dropEntity() {
    List<EntityDraft> alone =
        model.drafts.stream()
            .filter(d -> d.strategy == EntityDraft.Strategy.NONE && !d.isSubclass())
            .filter(d -> !added.contains(d.name) && !referencedElsewhere(d))
            .filter(d -> model.drafts.stream().noneMatch(other -> d.name.equals(other.superclass)))
            .toList();
    if (alone.isEmpty() || model.drafts.size() < 2) {
      return null;
    }
    EntityDraft draft = any(alone);
    model.drafts.remove(draft);
    model.sources.remove(draft.name);
    return "drop entity " + draft.name;
  }

  private boolean referencedElsewhere(EntityDraft draft) {
    Pattern word = Pattern.compile("\\b" + draft.name + "\\b");
    return model.drafts.stream()
        .filter(other -> other != draft)
        .anyMatch(other -> word.matcher(other.members + " " + other.classAnnotations).find());
  }

  private String addTableConstraint(String attribute, Set<String> types) {
    List<EntityDraft> tables =
        model.drafts.stream()
            .filter(EntityDraft::hasOwnTable)
            .filter(d -> !d.indexableColumns.isEmpty())
            .toList();
    if (tables.isEmpty()) {
      return null;
    }
    EntityDraft draft = any(tables);
    String column = any(draft.indexableColumns);
    String key = attribute.substring(0, attribute.indexOf(' '));
    Field field = fieldOf(draft, column);
    if (!types.isEmpty() && (field == null || !types.contains(field.type()))) {
      return null;
    }
    String table =
        draft.classAnnotations.stream()
            .filter(a -> a.startsWith("@Table("))
            .findFirst()
            .orElse(null);
    if (table != null && table.contains(key)) {
      return null;
    }
    String constraint = attribute.formatted(column);
    if (table == null) {
      draft.classAnnotations.add("@Table(" + constraint + ")");
    } else {
      draft.classAnnotations.set(
          draft.classAnnotations.indexOf(table),
          table.substring(0, table.length() - 1) + ", " + constraint + ")");
    }
    return "add " + key + " on " + draft.name + "(" + column + ")";
  }

  /** A new subclass of an entity of its own or a hierarchy's root, with a nullable field. */
  private String addSubclass() {
    List<EntityDraft> roots = model.drafts.stream().filter(d -> !d.isSubclass()).toList();
    EntityDraft root = any(roots);
    EntityDraft sub = root.subclass(model.names.type());
    sub.classAnnotations.add("@Entity");
    sub.add("String", model.names.member(), List.of());
    model.drafts.add(sub);
    added.add(sub.name);
    return "add subclass " + sub.name + " of " + root.name;
  }

  private String addElementCollection() {
    EntityDraft draft = any(model.drafts);
    int before = draft.members.size();
    model.collections.addCollection(draft);
    String member = draft.members.get(before).strip();
    return "add to " + draft.name + ": " + member.substring(member.lastIndexOf('\n') + 1);
  }

  private String makeToOneOptional() {
    for (EntityDraft draft : model.drafts) {
      for (int i = 0; i < draft.members.size(); i++) {
        String member = draft.members.get(i);
        // a to-one an earlier change made required stays so
        if (member.contains("(optional = false)") && !added.contains(draft.name)) {
          draft.members.set(i, member.replace("(optional = false)", "(optional = true)"));
          added.add(draft.name + "." + parse(draft, i).name());
          return "make " + draft.name + "'s to-one optional: " + member.strip();
        }
      }
    }
    return null;
  }

  /** The drafts' basic fields: no key, version, embedding, collection or association. */
  List<Field> basicFields() {
    List<Field> fields = new ArrayList<>();
    for (EntityDraft draft : model.drafts) {
      for (int i = 0; i < draft.members.size(); i++) {
        Field field = parse(draft, i);
        boolean basic =
            !field.type().contains("<")
                && field.annotations().stream()
                    .allMatch(a -> a.matches("@(Column|Lob|Enumerated)\\b.*"));
        if (basic && !added.contains(draft.name + "." + field.name())) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  private Field fieldOf(EntityDraft draft, String column) {
    return basicFields().stream()
        .filter(f -> f.draft() == draft && f.column().equals(column))
        .findFirst()
        .orElse(null);
  }

  static Field parse(EntityDraft draft, int index) {
    List<String> lines = draft.members.get(index).strip().lines().map(String::strip).toList();
    String declaration = lines.get(lines.size() - 1);
    declaration = declaration.substring(0, declaration.length() - 1);
    int space = declaration.lastIndexOf(' ');
    return new Field(
        draft,
        index,
        declaration.substring(0, space),
        declaration.substring(space + 1),
        lines.subList(0, lines.size() - 1));
  }

  /** A field no table annotation of the model names, or null. */
  Field anyUnreferenced(List<Field> fields) {
    List<Field> free =
        fields.stream()
            .filter(
                f ->
                    model.drafts.stream()
                        .noneMatch(
                            d ->
                                Pattern.compile("\\b" + f.column() + "\\b")
                                    .matcher(d.classAnnotations.toString())
                                    .find()))
            .toList();
    return free.isEmpty() ? null : any(free);
  }

  private void replaceAnnotation(Field field, String before, String after) {
    List<String> annotations = new ArrayList<>(field.annotations());
    annotations.set(annotations.indexOf(before), after);
    field
        .draft()
        .members
        .set(field.index(), EntityDraft.field(field.type(), field.name(), annotations));
  }

  int below(int bound) {
    return random.nextInt(bound);
  }

  <T> T any(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
