package org.example.blogevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class Tag {
  @Id String slug;

  @Column(length = 60) String label;

  @ManyToMany(mappedBy = "tags") Set<Content> contents;
}
