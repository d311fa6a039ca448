package org.example.perclasscompositeonetoone;
import jakarta.persistence.*;
/**
 * Keyed by two columns; its rows spread over two tables. Its own to-one's join columns are unique
 * together in its table only: Hibernate does not repeat a concrete parent's unique keys in the
 * subclass's table, {@code bolt}, which has the columns.
 */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class Part {
  @EmbeddedId PartKey id;
  @OneToOne
  Part twin;
}
