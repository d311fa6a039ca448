package org.example.declaredkeys;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyJoinColumn;
import java.util.Map;
import java.util.Set;

/**
 * The foreign keys of join and collection tables that their annotations or their join columns
 * declare: named, or left out.
 */
@Entity
public class Owner {
  @Id private Long id;

  @ManyToMany
  @JoinTable(
      name = "owner_toys",
      foreignKey = @ForeignKey(name = "owner_toys_owner_fk"),
      inverseForeignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
  private Set<Toy> toys;

  @ManyToMany
  @JoinTable(
      name = "owner_games",
      joinColumns = @JoinColumn(name = "player_id", foreignKey = @ForeignKey(name = "game_player_fk")),
      inverseForeignKey = @ForeignKey(name = "game_toy_fk"))
  private Set<Toy> games;

  @ElementCollection
  @CollectionTable(name = "owner_nicknames", foreignKey = @ForeignKey(name = "nickname_owner_fk"))
  private Set<String> nicknames;

  @ElementCollection
  @CollectionTable(name = "owner_tags", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
  private Set<String> tags;

  @ElementCollection
  @CollectionTable(
      name = "owner_marks",
      joinColumns = @JoinColumn(name = "owner_id", foreignKey = @ForeignKey(name = "mark_owner_fk")))
  private Set<String> marks;

  @ElementCollection
  @CollectionTable(name = "owner_ratings")
  @MapKeyJoinColumn(name = "toy_id", foreignKey = @ForeignKey(name = "rating_toy_fk"))
  private Map<Toy, Integer> ratings;
}
