package dev.strata.processor.plan;

/**
 * One call a generated migration makes on {@code dev.strata.runtime.Operations}. Each kind of call
 * is a record (in {@link ViewOperation}, {@link TableOperation} and {@link StepOperation}) that
 * knows its arguments, which the writer turns into code, and its part of the migration's checksum,
 * in the format {@link ChecksumFormat} documents.
 */
public sealed interface Operation permits ViewOperation, TableOperation, StepOperation {

  /**
   * The name of the {@code Operations} method: the record's name with a lower-case initial, as
   * {@code createView} for {@link ViewOperation.CreateView}.
   */
  default String method() {
    String name = getClass().getSimpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** The view or table it acts on, under the name it has before the call. */
  String target();

  /** Hands the call's arguments, in order, to {@code arguments}. */
  void writeArguments(Arguments arguments);

  /** What the call does beyond its method and target, as the checksum's format 1 writes it. */
  String checksumText();

  /**
   * Why the planner added the call, when that is not plain from the change itself; a comment in the
   * generated code, empty for none. Never part of the checksum.
   */
  default String reason() {
    return "";
  }
}
