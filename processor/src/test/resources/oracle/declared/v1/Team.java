package org.example.declared;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.UniqueConstraint;
import java.util.List;
import java.util.Set;

/** Indexes and unique constraints declared on a secondary, a join and a collection table. */
@Entity
@SecondaryTable(
    name = "TeamExtra",
    indexes = @Index(columnList = "motto"),
    uniqueConstraints = @UniqueConstraint(columnNames = "slogan"))
public class Team {
  @Id private Long id;

  @Column(table = "TeamExtra")
  private String motto;

  @Column(table = "TeamExtra")
  private String slogan;

  @ManyToMany
  @JoinTable(
      name = "TeamMember",
      joinColumns = @JoinColumn(name = "teamId"),
      inverseJoinColumns = @JoinColumn(name = "memberId"),
      indexes = @Index(columnList = "memberId"),
      uniqueConstraints = @UniqueConstraint(columnNames = {"teamId", "memberId"}))
  private List<Member> members;

  @ElementCollection
  @CollectionTable(
      name = "TeamTag",
      joinColumns = @JoinColumn(name = "teamId"),
      indexes = @Index(columnList = "tagText"),
      uniqueConstraints = @UniqueConstraint(name = "team_tag_once", columnNames = {"teamId", "tagText"}))
  @Column(name = "tagText")
  private Set<String> tags;
}
