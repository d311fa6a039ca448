package org.example.toonecollection;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.util.List;
import java.util.Set;

/** To-ones on collections, where @OneToMany or @ManyToMany was meant. */
@Entity
public class Party {
  @Id Long id;

  @ManyToOne List<Host> hosts;

  @OneToOne Set<Host> cohosts;
}
