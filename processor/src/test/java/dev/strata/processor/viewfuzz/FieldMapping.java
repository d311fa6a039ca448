package dev.strata.processor.viewfuzz;

/**
 * How a generated view entity maps its field {@code v} to the view's column: by the field's own
 * name, by a {@code @Column(name)} that spells it in another case, through a query alias in another
 * case, or inside an embeddable the entity embeds. (A quoted alias, {@code AS "V"}, is a string to
 * MariaDB, which the fuzzer's module targets: Strata refuses the query.)
 */
public enum FieldMapping {
  /** {@code private Long v;} on the column {@code v}. */
  PLAIN,
  /** {@code @Column(name = "V") private Long v;} on the column {@code v}. */
  UPPER_COLUMN,
  /** {@code private Long v;} on a query whose alias is {@code AS V}. */
  UPPER_ALIAS,
  /** {@code @Embedded private Holder v;}, whose embeddable declares {@code private Long v;}. */
  EMBEDDED;

  /** The alias the view's query gives the column. */
  public String alias() {
    return this == UPPER_ALIAS ? "V" : "v";
  }

  /** The declaration of the entity's field {@code v} of {@code type} and what it needs beside. */
  String declaration(FieldType type) {
    return switch (this) {
      case PLAIN, UPPER_ALIAS -> type.declaration("v");
      case UPPER_COLUMN -> "@jakarta.persistence.Column(name = \"V\") " + type.declaration("v");
      case EMBEDDED ->
          "@jakarta.persistence.Embedded private Holder v;\n"
              + "  @jakarta.persistence.Embeddable\n"
              + "  public static class Holder {\n    "
              + type.declaration("v")
              + "\n  }";
    };
  }
}
