package dev.strata.processor.jpa;

import javax.lang.model.element.VariableElement;

/**
 * The texts about a basic field whose Java type has no column Strata creates: the reason Hibernate
 * itself gives where it has one, else the general finding of {@link JpaMessages}.
 */
final class TypeMessages {

  private TypeMessages() {}

  /** Why field {@code field}, of a type without a basic mapping, has no column. */
  static String unmapped(VariableElement field) {
    String type = JpaTypes.name(field.asType());
    return switch (type) {
      case "java.lang.Character[]", "java.lang.Byte[]" -> wrapperArray(field, type);
      default -> JpaMessages.unmappedFieldType(field);
    };
  }

  private static String wrapperArray(VariableElement field, String type) {
    return "Hibernate 7 refuses field "
        + field.getSimpleName()
        + " ("
        + type
        + "): an array of wrappers may hold nulls, which the "
        + (type.startsWith("java.lang.Byte") ? "varbinary" : "varchar")
        + " it was stored in before Hibernate 6.2 cannot (hibernate.type.wrapper_array_handling);"
        + " declare it "
        + (type.startsWith("java.lang.Byte") ? "byte[]" : "char[]")
        + ", or name an AttributeConverter with @Convert(converter = ...)";
  }
}
