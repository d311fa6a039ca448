package dev.strata.processor.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random JPA model drawn from a seed, of the shapes Strata documents as supported: two to six
 * entities of one package (alone, in a {@code SINGLE_TABLE}, {@code JOINED} or {@code
 * TABLE_PER_CLASS} hierarchy, or under a {@code @MappedSuperclass}) with their keys, basic fields,
 * enums, embeddables, element collections, associations, versions and tables' indexes and unique
 * constraints, written as Java sources. The same seed always gives the same model.
 *
 * @param seed the seed it was drawn from, to replay it
 * @param packageName the package of its classes
 * @param sources each class's source text by its simple name, in the order they were written
 * @param entities the simple names of its entities
 */
public record RandomModel(
    long seed, String packageName, Map<String, String> sources, List<String> entities) {

  static final String IMPORTS =
      "import jakarta.persistence.*;\nimport java.math.*;\nimport java.time.*;\n"
          + "import java.util.*;\n\n";

  public RandomModel {
    sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    entities = List.copyOf(entities);
  }

  /** The model of {@code seed}. */
  public static RandomModel of(long seed) {
    return new Generator(seed).model();
  }

  /** Every source, each after a line naming its class: what a failure prints to replay it. */
  public String listing() {
    StringBuilder text = new StringBuilder("seed " + seed + ":\n");
    sources.forEach(
        (name, source) -> text.append("// ").append(name).append(".java\n").append(source));
    return text.toString();
  }

  /** Draws one model: the value types first, then the entities, then what links them. */
  static final class Generator {

    private final long seed;
    final Random random;
    final FuzzNames names;
    final String packageName;
    final Map<String, String> sources = new LinkedHashMap<>();
    final List<EntityDraft> drafts = new ArrayList<>();
    final RandomKeys keys;
    final RandomBasics basics;
    final RandomValueTypes values;
    final RandomCollections collections;

    Generator(long seed) {
      this.seed = seed;
      this.random = new Random(seed);
      this.names = new FuzzNames(random);
      this.packageName = "org.example.fuzz.m" + Long.toUnsignedString(seed, 36);
      this.keys = new RandomKeys(random, names, sources, packageName);
      this.basics = new RandomBasics(random, names);
      this.values = new RandomValueTypes(random, names, packageName, sources);
      this.collections = new RandomCollections(random, names, values);
    }

    RandomModel model() {
      values.declare();
      String mapped = random.nextInt(4) == 0 ? mappedSuperclass() : null;
      int count = 2 + random.nextInt(5);
      while (drafts.size() < count) {
        if (count - drafts.size() >= 2 && random.nextInt(3) == 0) {
          hierarchy(count - drafts.size(), mapped);
        } else {
          alone(mapped);
        }
      }
      drafts.forEach(this::fill);
      RandomAssociations associations = new RandomAssociations(random, names);
      for (int i = 1 + random.nextInt(drafts.size()); i > 0; i--) {
        associations.add(
            drafts.get(random.nextInt(drafts.size())), drafts.get(random.nextInt(drafts.size())));
      }
      drafts.forEach(this::table);
      return render();
    }

    /** The model of the drafts as they are now. */
    RandomModel render() {
      drafts.forEach(draft -> sources.put(draft.name, draft.source(packageName)));
      return new RandomModel(
          seed, packageName, sources, drafts.stream().map(draft -> draft.name).toList());
    }

    /** A new entity of its own with a key and a basic field, as {@link #model} draws them. */
    EntityDraft newEntity() {
      EntityDraft draft = EntityDraft.alone(names.type());
      draft.classAnnotations.add("@Entity");
      keys.addKey(draft, false);
      basics.addField(draft);
      drafts.add(draft);
      return draft;
    }

    private String mappedSuperclass() {
      String name = names.type();
      EntityDraft mapped = EntityDraft.root(name, EntityDraft.Strategy.NONE, true);
      mapped.members.add(keys.simpleKey(true));
      if (random.nextBoolean()) {
        basics.addVersion(mapped);
      }
      basics.addField(mapped);
      mapped.classAnnotations.add("@MappedSuperclass");
      sources.put(name, mapped.source(packageName));
      return name;
    }

    private void alone(String mapped) {
      EntityDraft draft = EntityDraft.alone(names.type());
      draft.classAnnotations.add("@Entity");
      if (mapped != null && random.nextBoolean()) {
        draft.superclass = mapped;
      } else {
        keys.addKey(draft, true);
      }
      drafts.add(draft);
    }

    private void hierarchy(int room, String mapped) {
      EntityDraft.Strategy strategy = EntityDraft.Strategy.values()[1 + random.nextInt(3)];
      EntityDraft root = EntityDraft.root(names.type(), strategy, random.nextInt(3) == 0);
      root.classAnnotations.add("@Entity");
      root.classAnnotations.add("@Inheritance(strategy = InheritanceType." + strategy + ")");
      if (mapped != null
          && strategy != EntityDraft.Strategy.TABLE_PER_CLASS
          && random.nextBoolean()) {
        root.superclass = mapped;
      } else {
        keys.addKey(root, false);
      }
      drafts.add(root);
      for (int i = Math.min(room - 1, 1 + random.nextInt(2)); i > 0; i--) {
        EntityDraft sub = root.subclass(names.type());
        sub.classAnnotations.add("@Entity");
        drafts.add(sub);
      }
    }

    private void fill(EntityDraft draft) {
      if (!draft.isSubclass() && draft.superclass == null && random.nextInt(4) == 0) {
        basics.addVersion(draft);
      }
      for (int i = random.nextInt(4) + (draft.isSubclass() ? 0 : 1); i > 0; i--) {
        basics.addField(draft);
      }
      if (random.nextInt(3) == 0) {
        values.addEnumField(draft);
      }
      if (random.nextInt(3) == 0) {
        values.addEmbedded(draft);
      }
      if (random.nextInt(3) == 0) {
        collections.addCollection(draft);
      }
    }

    /** A {@code @Table} with a name, indexes or unique constraints now and then. */
    private void table(EntityDraft draft) {
      if (!draft.hasOwnTable()) {
        return;
      }
      List<String> attributes = new ArrayList<>();
      if (random.nextInt(4) == 0) {
        attributes.add("name = \"" + names.member() + "\"");
      }
      List<String> columns = draft.indexableColumns;
      if (!columns.isEmpty() && random.nextInt(3) == 0) {
        String named = random.nextBoolean() ? "name = \"" + names.member() + "\", " : "";
        attributes.add(
            "indexes = @Index(" + named + "columnList = \"" + columnList(columns) + "\")");
      }
      if (!columns.isEmpty() && random.nextInt(4) == 0) {
        String named = random.nextBoolean() ? "name = \"" + names.member() + "\", " : "";
        attributes.add(
            "uniqueConstraints = @UniqueConstraint("
                + named
                + "columnNames = {\""
                + columnList(columns).replace(", ", "\", \"")
                + "\"})");
      }
      if (!attributes.isEmpty()) {
        draft.classAnnotations.add("@Table(" + String.join(", ", attributes) + ")");
      }
    }

    private String columnList(List<String> columns) {
      String first = columns.get(random.nextInt(columns.size()));
      String second = columns.get(random.nextInt(columns.size()));
      return first.equals(second) || random.nextBoolean() ? first : first + ", " + second;
    }
  }
}
