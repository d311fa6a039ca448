package dev.strata.processor.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes one JSON value with the streaming generator, field by field in the order the caller writes
 * them, either compact or indented as a reviewer reads it: two spaces, {@code \n}, {@code "key" :
 * value}, empty lists and objects as {@code []} and {@code {}}. The methods named for a rule leave
 * a field out when the rule says it has nothing to say, so that each format states its rules field
 * by field.
 */
public final class JsonOutput {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator generator;

  private JsonOutput(JsonGenerator generator) {
    this.generator = generator;
  }

  /** Something that writes one value. */
  @FunctionalInterface
  public interface Writing {
    void writeTo(JsonOutput out) throws IOException;
  }

  /** Writes one value per item, in the list's order. */
  @FunctionalInterface
  public interface ItemWriting<T> {
    void writeTo(JsonOutput out, T item) throws IOException;
  }

  /** The text {@code writing} writes, with no white space. */
  public static String compact(Writing writing) {
    return text(writing, false);
  }

  /** The text {@code writing} writes, indented, without a final line end. */
  public static String indented(Writing writing) {
    return text(writing, true);
  }

  private static String text(Writing writing, boolean indented) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      if (indented) {
        generator.setPrettyPrinter(prettyPrinter());
      }
      writing.writeTo(new JsonOutput(generator));
    } catch (IOException e) {
      // the text is built in memory: writing it cannot fail
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  // a new one per text: the printer keeps the nesting of the text it prints
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** An object whose fields {@code fields} writes. */
  public void object(Writing fields) throws IOException {
    generator.writeStartObject();
    fields.writeTo(this);
    generator.writeEndObject();
  }

  /** A field whose value is an object, always written. */
  public void object(String key, Writing fields) throws IOException {
    generator.writeFieldName(key);
    object(fields);
  }

  /** A field whose value is a list of objects, always written. */
  public <T> void objects(String key, List<T> items, ItemWriting<T> item) throws IOException {
    generator.writeFieldName(key);
    generator.writeStartArray();
    for (T each : items) {
      item.writeTo(this, each);
    }
    generator.writeEndArray();
  }

  /** A list of objects, left out when it is empty. */
  public <T> void nonEmptyObjects(String key, List<T> items, ItemWriting<T> item)
      throws IOException {
    if (!items.isEmpty()) {
      objects(key, items, item);
    }
  }

  /** A string field, always written ({@code null} as {@code null}). */
  public void string(String key, String value) throws IOException {
    generator.writeStringField(key, value);
  }

  /** A string field, left out when it is {@code null} or empty. */
  public void nonEmpty(String key, String value) throws IOException {
    if (value != null && !value.isEmpty()) {
      string(key, value);
    }
  }

  /** A list of strings, always written. */
  public void strings(String key, List<String> values) throws IOException {
    generator.writeFieldName(key);
    generator.writeStartArray();
    for (String value : values) {
      generator.writeString(value);
    }
    generator.writeEndArray();
  }

  /** A list of strings, left out when it is {@code null} or empty. */
  public void nonEmptyStrings(String key, List<String> values) throws IOException {
    if (values != null && !values.isEmpty()) {
      strings(key, values);
    }
  }

  /** A list of strings, left out when it is {@code null}: an empty list says something. */
  public void nonNullStrings(String key, List<String> values) throws IOException {
    if (values != null) {
      strings(key, values);
    }
  }

  public void number(String key, long value) throws IOException {
    generator.writeNumberField(key, value);
  }

  public void number(String key, int value) throws IOException {
    generator.writeNumberField(key, value);
  }

  public void bool(String key, boolean value) throws IOException {
    generator.writeBooleanField(key, value);
  }

  /** A flag left out when it is false. */
  public void trueOnly(String key, boolean value) throws IOException {
    if (value) {
      bool(key, value);
    }
  }
}
