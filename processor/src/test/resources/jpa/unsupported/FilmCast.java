package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.Set;

/** An entity and another entity's @ManyToMany, both naming table film_cast explicitly. */
@Entity
@Table(name = "film_cast")
public class FilmCast {
  @Id private Long id;
}

@Entity
class Film {
  @Id private Long id;

  @ManyToMany
  @JoinTable(name = "film_cast")
  private Set<Film> sequels;
}
