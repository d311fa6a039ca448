package org.example.genericondelete;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Doc {
  @Id Long id;

  @ManyToOne Folder parent;
}
