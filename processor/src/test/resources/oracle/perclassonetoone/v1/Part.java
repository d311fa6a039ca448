package org.example.perclassonetoone;
import jakarta.persistence.*;
/** Its spare is a Part or a Bolt: no foreign key, a unique constraint in both tables. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class Part {
  @Id Long id;
  @OneToOne
  @JoinColumn(name = "spareId")
  Part spare;
}
