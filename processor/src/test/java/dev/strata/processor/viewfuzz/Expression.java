package dev.strata.processor.viewfuzz;

/**
 * A generated SQL expression and the Java type that reads its value naturally (a {@code Long} for
 * {@code COUNT(*)}); the field the view entity declares may have another.
 */
public record Expression(String sql, FieldType natural) {}
