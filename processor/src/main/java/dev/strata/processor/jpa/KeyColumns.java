package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * The columns a join or collection table gives to refer to an entity's primary key, single or
 * composite: one per key column, in the key's order, named by the {@code @JoinColumn} whose {@code
 * referencedColumnName} is that column (or the only one, for a single-column key), else {@code
 * <prefix>_<key column>}; all NOT NULL, and together one foreign key.
 *
 * @param target the table referred to
 * @param columns the referring columns, in the order of the target's key
 */
record KeyColumns(TableDefinition target, List<ColumnDefinition> columns) {

  KeyColumns {
    columns = List.copyOf(columns);
  }

  /** The columns referring to {@code target}'s key, or none when it has no key. */
  static Optional<KeyColumns> of(
      TableDefinition target, List<AnnotationMirror> joins, String prefix, JpaNaming naming) {
    return of(target, joins, keyColumn -> prefix + "_" + keyColumn, naming);
  }

  /**
   * The columns referring to {@code target}'s key, named as its key columns where no join column
   * names them (the owner's side of a to-one's join table), or none when it has no key.
   */
  static Optional<KeyColumns> named(
      TableDefinition target, List<AnnotationMirror> joins, JpaNaming naming) {
    return of(target, joins, UnaryOperator.identity(), naming);
  }

  /** The columns, each named by its join column, else {@code implicit} of the key column's name. */
  private static Optional<KeyColumns> of(
      TableDefinition target,
      List<AnnotationMirror> joins,
      UnaryOperator<String> implicit,
      JpaNaming naming) {
    List<ColumnDefinition> key =
        target.primaryKey().stream().map(name -> target.column(name).orElseThrow()).toList();
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new KeyColumns(
            target,
            key.stream()
                .map(
                    column ->
                        new ColumnDefinition(
                            name(column, key.size(), joins, implicit, naming),
                            BasicTypes.referring(
                                join(column, key.size(), joins, naming), column.type()),
                            false))
                .toList()));
  }

  private static String name(
      ColumnDefinition keyColumn,
      int keySize,
      List<AnnotationMirror> joins,
      UnaryOperator<String> implicit,
      JpaNaming naming) {
    return given(keyColumn, keySize, joins, naming)
        .orElseGet(() -> naming.physical(implicit.apply(keyColumn.name())));
  }

  /** The name the {@code @JoinColumn} referring to {@code keyColumn} gives, if one does. */
  private static Optional<String> given(
      ColumnDefinition keyColumn, int keySize, List<AnnotationMirror> joins, JpaNaming naming) {
    return join(keyColumn, keySize, joins, naming)
        .map(join -> AnnotationMirrors.string(join, "name", ""))
        .filter(given -> !given.isEmpty())
        .map(naming::physical);
  }

  /** The {@code @JoinColumn} referring to {@code keyColumn}, if there is one. */
  private static Optional<AnnotationMirror> join(
      ColumnDefinition keyColumn, int keySize, List<AnnotationMirror> joins, JpaNaming naming) {
    return joins.stream()
        .filter(
            join ->
                keySize == 1
                    ? joins.size() == 1
                    : naming
                        .physical(AnnotationMirrors.string(join, "referencedColumnName", ""))
                        .equalsIgnoreCase(keyColumn.name()))
        .findFirst();
  }

  /**
   * These columns as a join table's columns referring to the target of the association {@code
   * field}: named after the field ({@code clubs_id}), they follow its {@code @RenamedFrom} and a
   * renamed key column of the target, unless an {@code inverseJoinColumns} entry names them.
   */
  List<ColumnDefinition> followedAsInverse(
      VariableElement field, Optional<AnnotationMirror> joinTable, JpaNaming naming) {
    return followed(
        joinTable
            .map(table -> AnnotationMirrors.annotations(table, "inverseJoinColumns"))
            .orElse(List.of()),
        CollectionRenames.previousAttribute(field).orElse(field.getSimpleName().toString()),
        naming);
  }

  /**
   * These columns, each declaring the name it had before where that differs: {@code
   * <previousPrefix>_<the key column's former name>}, so that a column keeps its rows when the
   * entity or attribute it is prefixed with was renamed, or the key column it is named after
   * ({@code @RenamedFrom} on an {@code @Id}, or on an {@code @EmbeddedId} whose pattern is its
   * name). A column a {@code @JoinColumn} names keeps its name.
   *
   * @param joins the {@code @JoinColumn}s these columns were named by
   */
  List<ColumnDefinition> followed(
      List<AnnotationMirror> joins, String previousPrefix, JpaNaming naming) {
    List<String> key = target.primaryKey();
    List<ColumnDefinition> followed = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      ColumnDefinition column = columns.get(i);
      ColumnDefinition keyColumn = target.column(key.get(i)).orElseThrow();
      String previous =
          given(keyColumn, key.size(), joins, naming)
              .orElseGet(
                  () ->
                      naming.physical(
                          previousPrefix + "_" + keyColumn.renamedFrom().orElse(keyColumn.name())));
      followed.add(
          previous.equals(column.name()) ? column : column.formerly(Optional.of(previous)));
    }
    return List.copyOf(followed);
  }

  List<String> names() {
    return columns.stream().map(ColumnDefinition::name).toList();
  }

  /**
   * {@code table}'s columns as Hibernate sizes them to order a primary key ({@link KeyOrder}): each
   * of these columns as the key column it refers to, whatever type its {@code columnDefinition}
   * gives it, and the others as they are.
   */
  List<ColumnDefinition> sized(List<ColumnDefinition> table) {
    List<String> key = target.primaryKey();
    return table.stream()
        .map(
            column ->
                IntStream.range(0, columns.size())
                    .filter(i -> columns.get(i).name().equals(column.name()))
                    .mapToObj(
                        i ->
                            new ColumnDefinition(
                                column.name(),
                                target.column(key.get(i)).orElseThrow().type(),
                                column.nullable()))
                    .findFirst()
                    .orElse(column))
        .toList();
  }

  /** The foreign key of these columns, in {@code table}. */
  ForeignKeyDefinition foreignKey(String table) {
    return new ForeignKeyDefinition(
        TableMapper.constraintName(table, String.join("_", names()), "fkey"),
        names(),
        target.name(),
        target.primaryKey());
  }

  /** The columns as a unique constraint lists them: by the key column each refers to. */
  List<String> uniqueOrder() {
    List<String> key = target.primaryKey();
    return IntStream.range(0, key.size())
        .boxed()
        .sorted(Comparator.comparing(key::get))
        .map(i -> columns.get(i).name())
        .toList();
  }
}
