package dev.strata.processor.model;

/**
 * A sequence that generates a table's keys, as Hibernate's sequence generators use it: {@code
 * Author_SEQ} starting at 1 with increment 50 for {@code @GeneratedValue} by default, or as a
 * {@code @SequenceGenerator} declares it.
 *
 * @param name the sequence's name
 * @param start its first value ({@code initialValue})
 * @param increment the step between values ({@code allocationSize})
 */
public record SequenceDefinition(String name, long start, long increment) {

  public SequenceDefinition {
    if (!SqlIdentifiers.isValid(name) || name.contains(".")) {
      throw new IllegalArgumentException("Not a valid sequence name: " + name);
    }
    if (increment == 0) {
      throw new IllegalArgumentException("Sequence " + name + " needs a non-zero increment");
    }
  }
}
