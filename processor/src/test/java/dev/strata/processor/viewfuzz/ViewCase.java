package dev.strata.processor.viewfuzz;

/**
 * One generated view entity: class {@code className} mapped onto view {@code view}, whose query
 * returns {@code id} and the column {@code v}, read by a field of type {@code field} mapped as
 * {@code mapping} says.
 */
public record ViewCase(
    String className,
    String view,
    ViewShape shape,
    Expression expression,
    String sql,
    FieldType field,
    FieldMapping mapping) {

  /** A view entity whose field maps the column by its own name. */
  public ViewCase(
      String className,
      String view,
      ViewShape shape,
      Expression expression,
      String sql,
      FieldType field) {
    this(className, view, shape, expression, sql, field, FieldMapping.PLAIN);
  }

  /** The entity's source. */
  public GeneratedSource source() {
    String text =
        "package "
            + BaseTables.PACKAGE
            + ";\n\n"
            + "@jakarta.persistence.Entity\n"
            + "@org.hibernate.annotations.Immutable\n"
            + "@jakarta.persistence.Table(name = \""
            + view
            + "\")\n"
            + "@dev.strata.View(name = \""
            + view
            + "\", sql = \""
            + sql.replace("\"", "\\\"")
            + "\")\n"
            + "public class "
            + className
            + " {\n"
            + "  @jakarta.persistence.Id "
            + shape.keyType().declaration("id")
            + "\n  "
            + mapping.declaration(field)
            + "\n}\n";
    return new GeneratedSource(className, text);
  }

  /** A line a report shows: the view, its query and the field's type. */
  public String describe() {
    return view
        + " ["
        + field
        + " v"
        + (mapping == FieldMapping.PLAIN ? "" : " " + mapping)
        + ", natural "
        + expression.natural()
        + "]: "
        + sql;
  }
}
