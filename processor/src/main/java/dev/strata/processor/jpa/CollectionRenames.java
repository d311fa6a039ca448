package dev.strata.processor.jpa;

import dev.strata.processor.model.ColumnDefinition;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.VariableElement;

/**
 * The names a collection renamed with {@code @RenamedFrom} on its field gave its table and columns
 * before: on a collection, the annotation names the attribute it had, after which Hibernate names
 * what nothing else names ({@code Owner_tags} and its column {@code tags}, {@code tags_ORDER}, a
 * join table's {@code tags_id}, and under Spring Boot's naming the join table {@code owner_tags}),
 * so that each is renamed with its rows instead of dropped and created empty. What an annotation
 * names keeps its name, and needs no rename.
 */
final class CollectionRenames {

  private CollectionRenames() {}

  /** The attribute name the collection {@code field} declares it had, if another. */
  static Optional<String> previousAttribute(VariableElement field) {
    return FormerNames.renamedFrom(field)
        .filter(previous -> !previous.equals(field.getSimpleName().toString()));
  }

  /**
   * {@code column}, declaring the name {@code nameFor} gives it after the field's former attribute
   * name, where that differs from its name now.
   */
  static ColumnDefinition followed(
      ColumnDefinition column, VariableElement field, UnaryOperator<String> nameFor) {
    return previousAttribute(field)
        .map(nameFor)
        .filter(previous -> !previous.equals(column.name()))
        .map(previous -> column.formerly(Optional.of(previous)))
        .orElse(column);
  }

  /**
   * {@code column}, a column {@code collection} owns in its table whose name {@code inner} makes
   * from the attribute's name before the patterns of the embedded fields on its path wrap it,
   * declaring the name it had where the attribute or one of those fields was renamed.
   */
  static ColumnDefinition followedAlong(
      ColumnDefinition column,
      CollectionAttribute collection,
      UnaryOperator<String> inner,
      JpaNaming naming) {
    return formerly(
        column,
        collection.field(),
        attribute ->
            EmbeddedColumnNames.formerCollectionColumn(inner.apply(attribute), collection, naming));
  }

  /**
   * {@code column}, declaring the name {@code formerNameFor} gives it after the attribute name
   * {@code field} had (or has, when it was not renamed), where that differs from its name now.
   */
  static ColumnDefinition formerly(
      ColumnDefinition column, VariableElement field, UnaryOperator<String> formerNameFor) {
    String previous =
        formerNameFor.apply(previousAttribute(field).orElse(field.getSimpleName().toString()));
    return previous.equals(column.name()) ? column : column.formerly(Optional.of(previous));
  }
}
