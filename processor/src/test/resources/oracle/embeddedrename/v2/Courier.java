package org.example.embeddedrename;

import dev.strata.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SecondaryTable;
import java.util.Set;

/**
 * The key column renamed: courier_id becomes courier_code where it is named after it, and the
 * keys of its subclass's and secondary tables code.
 */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@SecondaryTable(name = "courier_badge")
public class Courier {
  @Id
  @RenamedFrom("id")
  Long code;

  @OneToMany @JoinColumn Set<Van> vans;

  @Column(table = "courier_badge")
  String badge;
}
