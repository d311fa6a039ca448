package dev.strata.processor.viewfuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The generated base tables the views read: {@code item}, a column of each basic type sized at
 * random, and {@code tag}, rows joined to an item; with the enum {@code Status} both store.
 */
public final class BaseTables {

  public static final String PACKAGE = "com.example.viewfuzz";

  private final List<BaseColumn> itemColumns;
  private final List<BaseColumn> tagColumns;

  private BaseTables(List<BaseColumn> itemColumns, List<BaseColumn> tagColumns) {
    this.itemColumns = List.copyOf(itemColumns);
    this.tagColumns = List.copyOf(tagColumns);
  }

  /** The tables of one seed: the same columns, their lengths, precisions and scales at random. */
  public static BaseTables generate(Random random) {
    int length = new int[] {8, 20, 255}[random.nextInt(3)];
    int precision = new int[] {6, 10, 19}[random.nextInt(3)];
    int scale = new int[] {0, 2, 4}[random.nextInt(3)];
    List<BaseColumn> item = new ArrayList<>();
    item.add(
        new BaseColumn("grp", FieldType.INTEGER, "@jakarta.persistence.Column(nullable = false) "));
    item.add(plain("qty", FieldType.INTEGER));
    item.add(plain("big", FieldType.LONG));
    item.add(plain("small", FieldType.SHORT));
    item.add(sized("name", FieldType.STRING, "length = " + length));
    item.add(sized("price", FieldType.DECIMAL, "precision = " + precision + ", scale = " + scale));
    item.add(plain("ratio", FieldType.DOUBLE));
    item.add(plain("weight", FieldType.FLOAT));
    item.add(plain("active", FieldType.BOOLEAN));
    item.add(plain("born", FieldType.DATE));
    item.add(plain("seen", FieldType.DATETIME));
    item.add(plain("stamp", FieldType.INSTANT));
    item.add(plain("opens", FieldType.TIME));
    item.add(plain("code", FieldType.UUID));
    item.add(plain("status", FieldType.ENUM_NAME));
    item.add(plain("level", FieldType.ENUM_ORDINAL));
    item.add(sized("data", FieldType.BYTES, "length = 16"));
    List<BaseColumn> tag =
        List.of(
            plain("itemId", FieldType.LONG),
            sized("label", FieldType.STRING, "length = 12"),
            plain("score", FieldType.INTEGER));
    return new BaseTables(item, tag);
  }

  private static BaseColumn plain(String name, FieldType type) {
    return new BaseColumn(name, type, "");
  }

  private static BaseColumn sized(String name, FieldType type, String attributes) {
    return new BaseColumn(name, type, "@jakarta.persistence.Column(" + attributes + ") ");
  }

  /** The columns of {@code item} but its key. */
  public List<BaseColumn> itemColumns() {
    return itemColumns;
  }

  /** The columns of {@code tag} but its key. */
  public List<BaseColumn> tagColumns() {
    return tagColumns;
  }

  /** The column of {@code item} named {@code name}. */
  public BaseColumn item(String name) {
    return itemColumns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  /**
   * The source of each base class: {@code Item}, {@code Tag}, {@code Status}, and the converters
   * view fields name, {@code Flag} ({@code Boolean} as 1 or 0) and {@code StatusCode} (a {@code
   * Status} as its lower-case name, a text no constant has read as null).
   */
  public List<GeneratedSource> sources() {
    return List.of(
        entity("Item", "item", itemColumns),
        entity("Tag", "tag", tagColumns),
        new GeneratedSource(
            "Status", "package " + PACKAGE + ";\n\npublic enum Status { OPEN, CLOSED, HELD }\n"),
        converter(
            "Flag",
            "Boolean, Integer",
            "Integer convertToDatabaseColumn(Boolean b) { return b == null ? null : b ? 1 : 0; }",
            "Boolean convertToEntityAttribute(Integer i) { return i == null ? null : i != 0; }"),
        converter(
            "StatusCode",
            "Status, String",
            "String convertToDatabaseColumn(Status s) {"
                + " return s == null ? null : s.name().toLowerCase(java.util.Locale.ROOT); }",
            "Status convertToEntityAttribute(String s) {"
                + " for (Status c : Status.values()) { if (c.name().equalsIgnoreCase(s)) return c; }"
                + " return null; }"));
  }

  private static GeneratedSource converter(
      String className, String types, String toColumn, String toField) {
    return new GeneratedSource(
        className,
        "package "
            + PACKAGE
            + ";\n\n@jakarta.persistence.Converter\npublic class "
            + className
            + " implements jakarta.persistence.AttributeConverter<"
            + types
            + "> {\n  public "
            + toColumn
            + "\n  public "
            + toField
            + "\n}\n");
  }

  private static GeneratedSource entity(String className, String table, List<BaseColumn> columns) {
    StringBuilder text = new StringBuilder();
    text.append("package ").append(PACKAGE).append(";\n\n");
    text.append("@jakarta.persistence.Entity\n");
    text.append("@jakarta.persistence.Table(name = \"").append(table).append("\")\n");
    text.append("public class ").append(className).append(" {\n");
    text.append("  @jakarta.persistence.Id private Long id;\n");
    for (BaseColumn column : columns) {
      text.append("  ").append(column.declaration()).append('\n');
    }
    return new GeneratedSource(className, text.append("}\n").toString());
  }
}
