package org.example.perclassonetoone;
import jakarta.persistence.*;
/** Its part is in one of two tables: no foreign key, its column unique all the same. */
@Entity
public class Kit {
  @Id Long id;
  @OneToOne(optional = false)
  Part part;
}
