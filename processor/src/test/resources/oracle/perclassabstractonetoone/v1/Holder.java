// Test input written here: an abstract TABLE_PER_CLASS root with to-ones of its own, which has no
// table: its subclasses' tables hold their join columns.
package org.example.perclassabstractonetoone;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.OneToOne;

@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Holder {
  @Id Long id;
  @OneToOne Gear gear;
  @OneToOne Tool tool;
}
