package org.example.perclasscompositeonetoone;
import jakarta.persistence.*;
/**
 * Its parts are in one of two tables: no foreign key, each to-one's two join columns unique
 * together, listed by the key column each refers to.
 */
@Entity
public class Kit {
  @Id Long id;
  @OneToOne(optional = false)
  Part part;
  @OneToOne
  @JoinColumns({
    @JoinColumn(name = "b_maker", referencedColumnName = "maker"),
    @JoinColumn(name = "a_serial", referencedColumnName = "serial")
  })
  Part spare;
}
