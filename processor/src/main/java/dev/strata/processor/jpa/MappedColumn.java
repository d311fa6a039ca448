package dev.strata.processor.jpa;

import dev.strata.processor.verify.TypeCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.VariableElement;

/**
 * One column that a persistent field of an entity maps to.
 *
 * @param field the field (for an embedded one, the field inside the embeddable)
 * @param name the column's name
 * @param sqlType the portable SQL type
 * @param category the family the column's values belong to
 * @param nullable whether the column allows NULL
 * @param id whether it is part of the primary key
 * @param identity whether the database generates it
 * @param renamedFrom its previous name, from {@code @RenamedFrom}
 * @param references the entity whose primary key it refers to, for {@code @ManyToOne}
 * @param table the table its {@code @Column(table)} names, or an {@code @AttributeOverride}'s
 *     column; empty for the entity's own
 * @param writer the field that writes the column when {@code field} is a read-only association onto
 *     it ({@link ReadOnlyColumns}): what that field alone decides, its checks, comes from it
 * @param validated whether Hibernate applies the Bean Validation constraints of {@code field} to
 *     this column: always on an entity's own field, on an embeddable's only when the embedding
 *     fields down to it are {@code @Valid} ({@link BeanValidation#inside})
 * @param embeddings the embedded fields, outermost first, through which the class being mapped
 *     reaches {@code field}: empty for its own field; an override names the column by this path
 *     ({@code position.lat}), and two embeddings of one embeddable differ only here
 */
record MappedColumn(
    VariableElement field,
    String name,
    String sqlType,
    TypeCategory category,
    boolean nullable,
    boolean id,
    boolean identity,
    Optional<String> renamedFrom,
    Optional<Reference> references,
    Optional<String> table,
    Optional<VariableElement> writer,
    boolean validated,
    List<VariableElement> embeddings) {

  MappedColumn {
    embeddings = List.copyOf(embeddings);
  }

  /** A column its own field writes. */
  MappedColumn(
      VariableElement field,
      String name,
      String sqlType,
      TypeCategory category,
      boolean nullable,
      boolean id,
      boolean identity,
      Optional<String> renamedFrom,
      Optional<Reference> references,
      Optional<String> table) {
    this(
        field,
        name,
        sqlType,
        category,
        nullable,
        id,
        identity,
        renamedFrom,
        references,
        table,
        Optional.empty(),
        true,
        List.of());
  }

  /** The same column as part of an {@code @EmbeddedId}: in the primary key, never null. */
  MappedColumn asKey() {
    return copy(field, name, false, true, references, writer, embeddings, renamedFrom);
  }

  /** The column as the field that writes it maps it, without the association read onto it. */
  MappedColumn asWritten() {
    return writer
        .map(
            w ->
                copy(
                    w,
                    name,
                    nullable,
                    id,
                    Optional.empty(),
                    Optional.empty(),
                    embeddings,
                    renamedFrom))
        .orElse(this);
  }

  /** The attribute path an override names the column by: {@code position.lat}, {@code keeper}. */
  String path() {
    return pathBelow(-1);
  }

  /**
   * The path below the embedded field at {@code depth} of {@link #embeddings}: what an override on
   * that field names the column by.
   */
  String pathBelow(int depth) {
    StringBuilder path = new StringBuilder();
    for (VariableElement embedding : embeddings.subList(depth + 1, embeddings.size())) {
      path.append(embedding.getSimpleName()).append('.');
    }
    return path.append(field.getSimpleName()).toString();
  }

  /**
   * The same column named by {@code naming}, its former name ({@code @RenamedFrom}) too: a pattern
   * that names an embeddable's column where it is embedded named the column it had before alike.
   */
  MappedColumn namedBy(UnaryOperator<String> naming) {
    return named(naming.apply(name), renamedFrom.map(naming));
  }

  /**
   * The same column named by {@code naming}, whose former name {@code formerNaming} makes from the
   * name it had inside: an embedded field renamed with {@code @RenamedFrom} under a pattern made of
   * its own name renames every column the pattern names ({@code home_street} to {@code
   * residence_street}).
   */
  MappedColumn namedBy(UnaryOperator<String> naming, UnaryOperator<String> formerNaming) {
    return named(naming.apply(name), Optional.of(formerNaming.apply(renamedFrom.orElse(name))));
  }

  private MappedColumn named(String newName, Optional<String> newRenamedFrom) {
    return copy(field, newName, nullable, id, references, writer, embeddings, newRenamedFrom);
  }

  /** The same column reached through {@code embedding}, one level further out. */
  MappedColumn under(VariableElement embedding) {
    List<VariableElement> path = new ArrayList<>(embeddings.size() + 1);
    path.add(embedding);
    path.addAll(embeddings);
    return reachedThrough(path);
  }

  /** The same column reached through the embedded fields {@code path}. */
  MappedColumn reachedThrough(List<VariableElement> path) {
    return copy(field, name, nullable, id, references, writer, path, renamedFrom);
  }

  /** A copy with the components a mapping step changes; the type and the rest kept. */
  private MappedColumn copy(
      VariableElement newField,
      String newName,
      boolean newNullable,
      boolean newId,
      Optional<Reference> newReferences,
      Optional<VariableElement> newWriter,
      List<VariableElement> newEmbeddings,
      Optional<String> newRenamedFrom) {
    return new MappedColumn(
        newField,
        newName,
        sqlType,
        category,
        newNullable,
        newId,
        identity,
        newRenamedFrom,
        newReferences,
        table,
        newWriter,
        validated,
        newEmbeddings);
  }

  /** The table and column a foreign key column refers to. */
  record Reference(String table, String column) {}
}
