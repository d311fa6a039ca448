package dev.strata.processor;

import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.Materialization;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * How a {@code @View} declares that its rows are stored: {@code materialized}, {@code withData} and
 * the {@code @View.Index} annotations of its class, with the annotations diagnostics point at.
 *
 * @param materialized whether it is a materialized view
 * @param withData whether it is filled when created
 * @param indexes its {@code @View.Index} annotations, in the order they are written
 */
public record DeclaredStorage(boolean materialized, boolean withData, List<DeclaredIndex> indexes) {

  static final String INDEX = "dev.strata.View.Index";
  static final String INDEXES = "dev.strata.View.Indexes";
  static final DeclaredStorage PLAIN = new DeclaredStorage(false, true, List.of());

  public DeclaredStorage {
    indexes = List.copyOf(indexes);
  }

  /**
   * One {@code @View.Index}.
   *
   * @param annotation the annotation, which diagnostics point at
   * @param name its name, explicit or derived from the view's and the columns'
   * @param columns the columns it names
   * @param unique whether it is unique
   */
  public record DeclaredIndex(
      AnnotationMirror annotation, String name, List<String> columns, boolean unique) {
    public DeclaredIndex {
      columns = List.copyOf(columns);
    }
  }

  /** The storage declared by {@code view}, a {@code @View}, and the annotations of {@code type}. */
  static DeclaredStorage read(TypeElement type, AnnotationMirror view, String viewName) {
    List<AnnotationMirror> annotations =
        AnnotationMirrors.find(type, INDEXES)
            .map(container -> AnnotationMirrors.annotations(container, "value"))
            .orElseGet(() -> AnnotationMirrors.find(type, INDEX).stream().toList());
    List<DeclaredIndex> indexes =
        annotations.stream().map(index -> index(index, viewName)).toList();
    return new DeclaredStorage(
        AnnotationMirrors.bool(view, "materialized", false),
        AnnotationMirrors.bool(view, "withData", true),
        indexes);
  }

  private static DeclaredIndex index(AnnotationMirror index, String viewName) {
    List<String> columns = AnnotationMirrors.strings(index, "columns");
    boolean unique = AnnotationMirrors.bool(index, "unique", false);
    String local = viewName.substring(viewName.indexOf('.') + 1);
    // PostgreSQL's own names for a key and an index
    String derived = local + "_" + String.join("_", columns) + (unique ? "_key" : "_idx");
    return new DeclaredIndex(
        index, AnnotationMirrors.string(index, "name", derived), columns, unique);
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
