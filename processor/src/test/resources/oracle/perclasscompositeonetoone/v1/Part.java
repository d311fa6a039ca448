package org.example.perclasscompositeonetoone;
import jakarta.persistence.*;
/** Keyed by two columns; its rows spread over two tables. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class Part {
  @EmbeddedId PartKey id;
}
