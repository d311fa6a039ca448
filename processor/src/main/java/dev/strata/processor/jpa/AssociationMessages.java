package dev.strata.processor.jpa;

import dev.strata.processor.BoundField;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The texts about associations: their targets, join columns, overrides and derived keys, and the
 * {@code @NotFound} and {@code @OnDelete} on them.
 */
final class AssociationMessages {

  private AssociationMessages() {}

  static String unknownTargetEntity(VariableElement field) {
    return "Strata cannot tell which entity collection "
        + field.getSimpleName()
        + " holds; give it a type argument that is an @Entity, or targetEntity";
  }

  /** A {@code mappedBy} that names no field of the target entity, which Hibernate refuses. */
  static String unknownMappedBy(VariableElement field, TypeElement target, String mappedBy) {
    return "Association "
        + field.getSimpleName()
        + " is mappedBy \""
        + mappedBy
        + "\", which "
        + target.getSimpleName()
        + " has no field of: Hibernate refuses to start on it; name the"
        + " field of "
        + target.getSimpleName()
        + " that owns the association";
  }

  static String unnamedReferencedColumns(VariableElement field) {
    return "Strata cannot tell which key column each @JoinColumn of "
        + field.getSimpleName()
        + " refers to; give each one referencedColumnName, as JPA requires for a composite key";
  }

  static String unknownReferencedColumn(VariableElement field, String column) {
    return "The @JoinColumn of "
        + field.getSimpleName()
        + " refers to column "
        + column
        + ", which is not a column of the target's primary key; name its key columns in"
        + " referencedColumnName";
  }

  /**
   * A {@code referencedColumnName} naming a unique column that is not the target's key, to which
   * Hibernate 7 writes a foreign key (measured on H2, PostgreSQL and MariaDB).
   */
  static String referencedUniqueColumn(VariableElement field, String column, TypeElement target) {
    return JpaMessages.unsupported(
            "the @JoinColumn of "
                + field.getSimpleName()
                + ", which refers to "
                + column
                + ", a unique column of "
                + target.getSimpleName()
                + " that is not its key: Hibernate gives it a foreign key to "
                + column
                + ", which H2 accepts only to a unique constraint, where Strata creates a unique"
                + " column as a unique index")
        + "; refer to the key of "
        + target.getSimpleName()
        + " (leave out referencedColumnName)";
  }

  static String referencedColumnsNotKey(VariableElement field) {
    return JpaMessages.unsupported(
            "the join columns of "
                + field.getSimpleName()
                + ", which refer to another column than the whole primary key of the target")
        + "; refer to every column of its key";
  }

  static String unmappedAssociationOverride(String attribute) {
    return JpaMessages.unsupported(
        "an @AssociationOverride of "
            + attribute
            + ", not a @ManyToOne or @OneToOne of the embeddable or mapped superclass whose join"
            + " columns it names (by referencedColumnName for a composite key)");
  }

  /** An override of a collection inside an embeddable, on the embedding field, with its problem. */
  static String embeddedCollectionOverride(
      String annotation, CollectionAttribute attribute, String problem) {
    return JpaMessages.unsupported(
            "an "
                + annotation
                + " of "
                + attribute.path()
                + ", a collection inside an embeddable: "
                + problem)
        + "; override the table with joinTable = @JoinTable(name, joinColumns,"
        + " inverseJoinColumns), a @OneToMany @JoinColumn with one joinColumns entry, or the"
        + " column of basic values with @AttributeOverride(column)";
  }

  /**
   * One collection of an embeddable embedded twice, mapped twice onto one table or column.
   *
   * @param shared the table, or the other table's column ({@code Leg.voyage_id})
   * @param entityTable the embedding entity's table, whose name a new join or collection table
   *     takes, as Hibernate's implicit ones do
   */
  static String embeddedCollectionShared(
      CollectionAttribute first, CollectionAttribute second, String shared, String entityTable) {
    String embedding = second.embeddings().get(0).getSimpleName().toString();
    String relative = second.path().substring(second.path().indexOf('.') + 1);
    String problem =
        "Collections "
            + first.path()
            + " and "
            + second.path()
            + " both map to "
            + shared
            + ", as the same field of an embeddable embedded twice: Hibernate's export has one"
            + " table or column for both and writes the rows of both into it, so that each reads"
            + " the other's; ";
    int dot = shared.indexOf('.');
    if (dot >= 0) {
      return problem
          + "give embedding "
          + embedding
          + " its own column with @AssociationOverride(name = \""
          + relative
          + "\", joinColumns = @JoinColumn(name = \""
          + embedding
          + "_"
          + shared.substring(dot + 1)
          + "\")) on it";
    }
    String override =
        "@AssociationOverride(name = \""
            + relative
            + "\", joinTable = @JoinTable(name = \""
            + entityTable
            + "_"
            + second.path().replace('.', '_')
            + "\"))";
    if (JpaAnnotations.has(second.field(), "ElementCollection")
        && !JpaAnnotations.name(second.field(), "CollectionTable").isEmpty()) {
      return problem
          + "the @CollectionTable(name) of "
          + second.field().getSimpleName()
          + " names it for every embedding, and Hibernate keeps it over an override: remove that"
          + " name, and give embedding "
          + embedding
          + " its own table with "
          + override
          + " on it";
    }
    return problem + "give embedding " + embedding + " its own table with " + override + " on it";
  }

  /** A basic field of an embeddable embedded twice, mapped by both embeddings to one column. */
  static String associationEmbeddedTwice(
      String association, String column, String first, String second) {
    return "Fields "
        + first
        + " and "
        + second
        + " embed one embeddable and both map its association "
        + association
        + " to join column "
        + column
        + ", on which Hibernate refuses to start (Column '"
        + column
        + "' is duplicated in mapping); fix the mapping: give embedding "
        + second
        + " its own column with @AssociationOverride(name = \""
        + association
        + "\", joinColumns = @JoinColumn(name = \""
        + second
        + "_"
        + column
        + "\")) on it";
  }

  static String embeddedTwice(String field, String column, String first, String second) {
    return "Fields "
        + first
        + " and "
        + second
        + " embed one embeddable and both map its field "
        + field
        + " to column "
        + column
        + ", on which Hibernate refuses to start (Column '"
        + column
        + "' is duplicated in mapping); fix the mapping: give embedding "
        + second
        + " its own column with @AttributeOverride(name = \""
        + field
        + "\", column = @Column(name = \""
        + second
        + "_"
        + column
        + "\")) on it";
  }

  /** One column that the {@code @OneToMany @JoinColumn}s of two entities put in one table. */
  static String sharedJoinColumn(
      String column, String first, String second, CollectionAttribute attribute) {
    String fix =
        attribute.embeddings().isEmpty()
            ? "name it apart with @JoinColumn(name = ...)"
            : "give this embedding its own with @AssociationOverride(name = \""
                + attribute.path().substring(attribute.path().indexOf('.') + 1)
                + "\", joinColumns = @JoinColumn(name = ...))";
    return JpaMessages.unsupported(
            "column "
                + column
                + ", the join column of both "
                + first
                + " and "
                + second
                + ": Hibernate gives it one foreign key, to the entity it happens to read last")
        + "; "
        + fix;
  }

  static String unmappedDerivedIdentity(String attribute) {
    return attribute.isEmpty()
        ? "@MapsId finds no @Id or @EmbeddedId in this entity for the association to map; declare"
            + " the @Id it derives"
        : "@MapsId(\""
            + attribute
            + "\") names no attribute of this entity's @EmbeddedId; name one of the embedded id's"
            + " fields";
  }

  static String misplacedNotFound() {
    return "Hibernate refuses to start on @NotFound on a field that is not a @ManyToOne, @OneToOne"
        + " or @ManyToMany: a collection's missing rows are not looked up by key; remove it";
  }

  static String onDeleteThroughJoinTable() {
    return JpaMessages.unsupported(
            "@OnDelete on a unidirectional @OneToMany without a @JoinColumn, which Hibernate"
                + " refuses: its rows are in a join table")
        + "; add a @JoinColumn, or map the other side with a @ManyToOne and put @OnDelete there";
  }

  static String onDeleteIgnored(boolean inverseOneToOne) {
    return "Hibernate writes no ON DELETE rule for this @OnDelete, "
        + (inverseOneToOne
            ? "as it is on the inverse (mappedBy) side of a @OneToOne: put it on the owning side's"
                + " field, whose table holds the foreign key"
            : "as the field is no association: put it on a @ManyToOne, @OneToOne, @OneToMany,"
                + " @ManyToMany or @ElementCollection")
        + "; Strata follows Hibernate and writes none";
  }

  static String onDeleteIgnoredOnClass() {
    return "Hibernate writes no ON DELETE rule for @OnDelete on this class, as only the table of a"
        + " JOINED subclass has a foreign key, to its parent's table: put @OnDelete on the"
        + " associations whose rows should go; Strata follows Hibernate and writes none";
  }

  /**
   * An {@code @OrderColumn} on the inverse side of a {@code @ManyToMany}, which Hibernate refuses.
   */
  static String inverseManyToManyOrder(
      VariableElement field, TypeElement owner, String ownerAttribute) {
    return "Hibernate 7 refuses to start on the @OrderColumn of "
        + field.getSimpleName()
        + ", the inverse (mappedBy) side of a @ManyToMany (it is the unowned side of a"
        + " bidirectional '@ManyToMany' and may not have an '@OrderColumn'; measured); fix the"
        + " mapping: order the list on the owning side, "
        + owner.getSimpleName()
        + "."
        + ownerAttribute
        + ", or remove the @OrderColumn";
  }

  /** A to-one's {@code @JoinTable} in a shape Strata does not build, {@code shape} saying which. */
  static String toOneJoinTable(String shape) {
    return JpaMessages.unsupported("a to-one association through a @JoinTable " + shape)
        + "; Strata builds the join table of a @ManyToOne or @OneToOne field of an entity or mapped"
        + " superclass with joinColumns and inverseJoinColumns alone: map it so, or with a"
        + " @JoinColumn in the entity's table";
  }

  /**
   * A to-one through a join table without a name declared by a JOINED subclass, which Hibernate 7
   * refuses.
   */
  static String toOneJoinTableInJoinedSubclass() {
    return "Hibernate 7 refuses to start on a to-one association through a @JoinTable without a"
        + " name in a JOINED subclass (the foreign key from the join table to the subclass's table"
        + " has no column: 'must have same number of columns as the referenced primary key';"
        + " measured); fix the mapping: name the join table, @JoinTable(name = ...), which"
        + " Hibernate then builds, keyed by the subclass's key column";
  }

  /**
   * A to-one through a join table inside an embeddable, which Hibernate 7 refuses but in one shape
   * Strata does not build.
   */
  static String toOneJoinTableInEmbeddable() {
    return JpaMessages.unsupported("a to-one association through a @JoinTable inside an embeddable")
        + ", which Hibernate 7 refuses to start on beside other fields of the embeddable ('has"
        + " properties mapped to two different tables'), in an element collection ('Add join in a"
        + " second pass') or with a join table without a name ('property [...] not found on"
        + " entity'), and builds only as an @Embedded embeddable's one field with a named join"
        + " table (measured); declare it in the entity, or map it with a @JoinColumn";
  }

  /** An {@code @Id} to-one through a join table, which Hibernate 7 refuses. */
  static String toOneJoinTableAsId() {
    return "Hibernate 7 refuses to start on an @Id to-one association through a @JoinTable (as the"
        + " entity's only @Id: 'Unable to find column with physical name ... in table ...'; in an"
        + " @IdClass key: 'has properties mapped to two different tables'; measured); fix the"
        + " mapping: map it with a @JoinColumn, or keep the key a basic @Id beside the to-one";
  }

  /** A to-one through a join table of a TABLE_PER_CLASS entity, which Hibernate 7 refuses. */
  static String toOneJoinTableInTablePerClass() {
    return "Hibernate 7 refuses to start on a to-one association through a @JoinTable of a"
        + " TABLE_PER_CLASS hierarchy (it cannot find the join table where it loads the entity:"
        + " 'Unable to determine TableReference'; measured); fix the mapping: map it with a"
        + " @JoinColumn in the entity's table";
  }

  /**
   * A to-one's {@code @JoinTable} whose {@code attribute} ({@code joinColumns} or {@code
   * inverseJoinColumns}) does not say which column of {@code table}'s key each join column refers
   * to.
   */
  static String toOneJoinTableColumns(VariableElement field, String attribute, String table) {
    return "Strata cannot tell which key column of "
        + table
        + " each of the "
        + attribute
        + " of the @JoinTable of "
        + field.getSimpleName()
        + " refers to; fix the mapping: list one @JoinColumn per column of its primary key, each naming that column"
        + " in referencedColumnName, or none, for the names Hibernate gives them";
  }

  /** A {@code @JoinColumn(table)} in a shape Strata does not build, {@code shape} saying which. */
  static String joinColumnTable(String shape) {
    return JpaMessages.unsupported("@JoinColumn(table = ...) " + shape)
        + "; Strata puts the join columns of an entity's or mapped superclass's own @ManyToOne or"
        + " @OneToOne in the @SecondaryTable that all of them name";
  }

  /** A map whose key is a type variable, which Hibernate types by its bound, not the entity's. */
  static String boundMapKey(VariableElement field, TypeMirror variable, TypeMirror bound) {
    return "Hibernate refuses to start on map "
        + field.getSimpleName()
        + ", whose key is type variable "
        + variable
        + ", though the entity binds it to "
        + bound
        + ": it types the key column by the variable's bound, Object (Unable to determine SQL type"
        + " name for column '"
        + field.getSimpleName()
        + "_KEY' ... JAVA_OBJECT); fix the mapping: declare the map in the entity, with its key's"
        + " class";
  }

  /** An element collection of a type variable bound to an embeddable. */
  static String boundEmbeddableElement(
      VariableElement field, TypeMirror variable, DeclaredType embeddable) {
    return "Hibernate refuses to start on @ElementCollection "
        + field.getSimpleName()
        + ", whose element is type variable "
        + variable
        + ", bound to the embeddable "
        + embeddable
        + ": it looks for the embeddable's fields on the variable's bound (Illegal attempt to"
        + " locate field [...] on Object.class); fix the mapping: declare the collection in the"
        + " entity, with the embeddable's class (Hibernate maps a variable bound to a basic type"
        + " there, and a generic embeddable with its type arguments)";
  }

  /** A to-one of a type variable through a join table that has no name. */
  static String boundToOneUnnamedJoinTable(VariableElement field) {
    return "Hibernate refuses to start on "
        + field.getSimpleName()
        + " of type variable "
        + BoundField.declared(field).asType()
        + " through a @JoinTable without a name, which it names after the target it cannot"
        + " find there (Property not among declared properties: "
        + field.getSimpleName()
        + "); fix the mapping: name the join table, @JoinTable(name = ...), which Hibernate"
        + " then maps as the entity binds the variable";
  }
}
