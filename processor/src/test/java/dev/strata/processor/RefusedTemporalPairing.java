package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/**
 * An entity whose one field, {@code booked}, holds a value of a type under a {@code @Temporal}
 * Hibernate refuses to start on, and the error on the field that says so.
 */
final class RefusedTemporalPairing {

  private RefusedTemporalPairing() {}

  /** {@code Entry}, whose {@code booked} is a {@code type} under {@code @Temporal(temporal)}. */
  static JavaFileObject entry(String type, String temporal) {
    return JavaFileObjects.forSourceString(
        "com.example.Entry",
        "package com.example;\n"
            + "import jakarta.persistence.*;\n"
            + "@Entity public class Entry {\n"
            + "  @Id Long id;\n"
            + "  @Temporal(TemporalType."
            + temporal
            + ")\n"
            + "  "
            + type
            + " booked;\n"
            + "}\n");
  }

  /** Asserts the error on {@code booked} of {@code entry} that names the refused pairing. */
  static void assertRefused(
      Compilation compilation, JavaFileObject entry, String type, String temporal) {
    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate 7 refuses to start on field booked, a "
                + type
                + " under @Temporal("
                + temporal
                + ")")
        .inFile(entry)
        .onLineContaining("booked;");
  }
}
