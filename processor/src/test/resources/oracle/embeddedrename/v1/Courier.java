package org.example.embeddedrename;

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
 * A key column named id, which the columns referring to it are named after (courier_id), and the
 * keys of its subclass's and secondary tables.
 */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@SecondaryTable(name = "courier_badge")
public class Courier {
  @Id Long id;

  @OneToMany @JoinColumn Set<Van> vans;

  @Column(table = "courier_badge")
  String badge;
}
