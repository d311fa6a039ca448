package dev.strata.processor;

import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.Materialization;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * How a {@code @View} declares that its rows are stored: {@code materialized}, {@code withData} and
 * {@code indexes}, with the values diagnostics point at.
 *
 * @param materialized whether it is a materialized view
 * @param withData whether it is filled when created
 * @param withDataValue the {@code withData} value, when given
 * @param indexes its {@code @View.Index} annotations, in the order they are written
 */
public record DeclaredStorage(
    boolean materialized,
    boolean withData,
    Optional<AnnotationValue> withDataValue,
    List<DeclaredIndex> indexes) {

  static final DeclaredStorage PLAIN =
      new DeclaredStorage(false, true, Optional.empty(), List.of());

  public DeclaredStorage {
    indexes = List.copyOf(indexes);
  }

  /**
   * One {@code @View.Index}.
   *
   * @param value the item of {@code indexes} it is, which diagnostics point at
   * @param name its name, explicit or derived from the view's and the columns'
   * @param columns the columns it names
   * @param unique whether it is unique
   */
  public record DeclaredIndex(
      AnnotationValue value, String name, List<String> columns, boolean unique) {
    public DeclaredIndex {
      columns = List.copyOf(columns);
    }
  }

  /** The storage declared by {@code view}, a {@code @View} of view {@code viewName}. */
  static DeclaredStorage read(AnnotationMirror view, String viewName) {
    List<DeclaredIndex> indexes =
        AnnotationMirrors.value(view, "indexes").stream()
            .flatMap(value -> AnnotationMirrors.items(value).stream())
            .map(item -> index(item, viewName))
            .toList();
    return new DeclaredStorage(
        AnnotationMirrors.bool(view, "materialized", false),
        AnnotationMirrors.bool(view, "withData", true),
        AnnotationMirrors.value(view, "withData"),
        indexes);
  }

  private static DeclaredIndex index(AnnotationValue item, String viewName) {
    AnnotationMirror index = (AnnotationMirror) item.getValue();
    List<String> columns = AnnotationMirrors.strings(index, "columns");
    boolean unique = AnnotationMirrors.bool(index, "unique", false);
    String local = viewName.substring(viewName.indexOf('.') + 1);
    // PostgreSQL's own names for a key and an index
    String derived = local + "_" + String.join("_", columns) + (unique ? "_key" : "_idx");
    return new DeclaredIndex(
        item, AnnotationMirrors.string(index, "name", derived), columns, unique);
  }

  /** The model of this storage: empty for a plain view. Only once validated. */
  Optional<Materialization> model() {
    if (!materialized) {
      return Optional.empty();
    }
    return Optional.of(
        new Materialization(
            withData,
            indexes.stream()
                .map(index -> new IndexDefinition(index.name(), index.columns(), index.unique()))
                .toList()));
  }
}
