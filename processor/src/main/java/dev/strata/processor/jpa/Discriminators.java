package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.TableInheritance;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * The discriminator column Hibernate 7 writes on a root entity's table, as its export shows: on a
 * single table when the root has subclasses or declares {@code @DiscriminatorColumn}, on a joined
 * root only when it declares one, never for table per class. It is {@code DTYPE varchar(31) not
 * null} unless {@code @DiscriminatorColumn(name, discriminatorType, length, columnDefinition)} says
 * otherwise ({@code CHAR} is {@code char(1)}, {@code INTEGER} an {@code integer}).
 */
final class Discriminators {

  private static final int DEFAULT_LENGTH = 31;

  private Discriminators() {}

  static Optional<ColumnDefinition> column(
      TypeElement root, boolean hasSubclasses, JpaNaming naming) {
    Optional<AnnotationMirror> declared = JpaAnnotations.find(root, "DiscriminatorColumn");
    boolean written =
        switch (Hierarchies.strategy(root)) {
          case SINGLE_TABLE -> hasSubclasses || declared.isPresent();
          case JOINED -> declared.isPresent();
          case TABLE_PER_CLASS -> false;
        };
    if (!written) {
      return Optional.empty();
    }
    String name =
        naming.physical(
            declared.map(c -> AnnotationMirrors.string(c, "name", "")).orElse(""), "DTYPE");
    String definition = declared.map(BasicTypes::columnDefinition).orElse("");
    return Optional.of(
        new ColumnDefinition(name, definition.isEmpty() ? type(declared) : definition, false));
  }

  /**
   * Whether every concrete class of the root's hierarchy must name its value: Hibernate derives
   * none for a {@code CHAR} discriminator.
   */
  static boolean needsValues(TypeElement root) {
    return Hierarchies.strategy(root) != TableInheritance.Strategy.TABLE_PER_CLASS
        && JpaAnnotations.find(root, "DiscriminatorColumn")
            .flatMap(c -> AnnotationMirrors.enumConstant(c, "discriminatorType"))
            .filter("CHAR"::equals)
            .isPresent();
  }

  private static String type(Optional<AnnotationMirror> declared) {
    String kind =
        declared
            .flatMap(c -> AnnotationMirrors.enumConstant(c, "discriminatorType"))
            .orElse("STRING");
    return switch (kind) {
      case "CHAR" -> "CHAR(1)";
      case "INTEGER" -> "INTEGER";
      default ->
          "VARCHAR("
              + declared
                  .map(c -> AnnotationMirrors.integer(c, "length", DEFAULT_LENGTH))
                  .orElse(DEFAULT_LENGTH)
              + ")";
    };
  }
}
