package org.example.associations;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.util.List;
import java.util.Set;

@Entity
public class Library {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @RenamedFrom("city")
  private String town;

  @ManyToMany private Set<Book> books;

  /** Renamed: the column it names in Tag after the attribute, shelf_id, is renamed labels_id. */
  @OneToMany
  @JoinColumn
  @RenamedFrom("shelf")
  private List<Tag> labels;
}
