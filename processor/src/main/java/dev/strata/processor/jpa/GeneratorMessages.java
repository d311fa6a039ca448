package dev.strata.processor.jpa;

/**
 * The texts of errors about Hibernate's {@code @GenericGenerator}, which {@link GenericGenerators}
 * reads.
 */
final class GeneratorMessages {

  private GeneratorMessages() {}

  /** A strategy or class that Strata does not realise. */
  static String genericGenerator(String generator, String strategy) {
    String what =
        strategy.equals("native")
            ? "strategy native (the default when neither type nor strategy is given), an identity"
                + " column on H2 and MariaDB and a sequence on PostgreSQL, where Strata writes one"
                + " schema for all"
            : "the generator " + strategy + ", whose schema Strata does not know";
    return JpaMessages.unsupported("Hibernate's @GenericGenerator " + generator + " with " + what)
        + "; use type = SequenceStyleGenerator.class, TableGenerator.class or"
        + " IdentityGenerator.class (or strategy = \"sequence\", \"table\", \"identity\"), or a"
        + " @SequenceGenerator or @TableGenerator of that name";
  }

  static String genericGeneratorParameter(String generator, String parameter) {
    return JpaMessages.unsupported(
            "Hibernate's @GenericGenerator "
                + generator
                + " with @Parameter(name = \""
                + parameter
                + "\"), which changes the schema it creates")
        + "; Strata reads sequence_name, initial_value and increment_size of a sequence, and"
        + " table_name, segment_column_name, value_column_name, segment_value, initial_value and"
        + " increment_size of a table: remove it, or declare a @SequenceGenerator or"
        + " @TableGenerator of that name";
  }

  /**
   * A {@code @GenericGenerator} that the key {@code key} names and Hibernate ignores, for {@code
   * reason}.
   */
  static String genericGeneratorIgnored(String generator, String key, String reason, String fix) {
    return "Hibernate 7 ignores the @GenericGenerator "
        + generator
        + " that key "
        + key
        + " names, "
        + reason
        + ": "
        + fix;
  }

  static String genericGeneratorNumber(String generator) {
    return "The initial_value or increment_size of Hibernate's @GenericGenerator "
        + generator
        + " is not a whole number, on which Hibernate refuses to start; fix the mapping";
  }

  static String valueGeneratorOnKey(String annotation) {
    return "@"
        + annotation
        + " on an @Id field, on which Hibernate refuses to start (it is not an @IdGeneratorType):"
        + " fix the mapping; generate the key with @GeneratedValue or an @IdGeneratorType such as"
        + " @UuidGenerator, or keep the value in a field of its own";
  }
}
