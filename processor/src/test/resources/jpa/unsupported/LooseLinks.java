package com.example.unsupported;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SecondaryTable;
import java.util.List;
import java.util.Set;

@Entity
@SecondaryTable(name = "LooseExtras", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
public class LooseLinks {
  @Id private Long id;

  @ManyToMany
  @JoinTable(name = "loose_peers", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
  private List<LooseLinks> peers;

  @ElementCollection
  @CollectionTable(
      name = "loose_tags",
      joinColumns = @JoinColumn(name = "owner", foreignKey = @ForeignKey(name = "tags_owner")))
  private Set<String> tags;
}
