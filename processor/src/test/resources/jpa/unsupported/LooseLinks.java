package com.example.unsupported;

import jakarta.persistence.CollectionTable;
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
@SecondaryTable(
    name = "LooseExtras",
    foreignKey =
        @ForeignKey(name = "extras_fk", foreignKeyDefinition = "FOREIGN KEY (id) REFERENCES LooseLinks"))
public class LooseLinks {
  @Id private Long id;

  @ManyToMany
  @JoinTable(
      name = "loose_peers",
      inverseForeignKey =
          @ForeignKey(name = "peers_fk", foreignKeyDefinition = "FOREIGN KEY (peers_id) REFERENCES LooseLinks"))
  private List<LooseLinks> peers;

  @ElementCollection
  @CollectionTable(
      name = "loose_tags",
      joinColumns =
          @JoinColumn(
              name = "owner",
              foreignKey =
                  @ForeignKey(name = "tags_owner", foreignKeyDefinition = "FOREIGN KEY (owner) REFERENCES LooseLinks")))
  private Set<String> tags;
}
