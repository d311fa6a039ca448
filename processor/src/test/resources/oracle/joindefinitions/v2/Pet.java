package org.example.joindefinitions;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import java.util.Map;
import java.util.Set;

/**
 * Join columns whose columnDefinition gives them a type of their own, as Hibernate writes them: a
 * to-one's, two of a to-one to a composite key, a collection table's, a join table's both sides, a
 * one-to-many's in the target's table and a map's entity key's.
 */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@SecondaryTable(
    name = "pet_extra",
    pkJoinColumns = @PrimaryKeyJoinColumn(name = "pet_tag"))
public class Pet {
  @Id @Column(length = 20) String tag;

  @Column(table = "pet_extra") String note;

  @ManyToOne
  @JoinColumn(columnDefinition = "varchar(40)")
  Owner owner;

  @ManyToOne
  @JoinColumns({
    @JoinColumn(name = "berth_dock", referencedColumnName = "dock", columnDefinition = "varchar(12)"),
    @JoinColumn(
        name = "berth_number",
        referencedColumnName = "number",
        columnDefinition = "varchar(14)")
  })
  Berth berth;

  @ElementCollection
  @CollectionTable(joinColumns = @JoinColumn(name = "pet_tag", columnDefinition = "varchar(42)"))
  Set<String> tags;

  @ManyToMany
  @JoinTable(
      name = "pet_friends",
      joinColumns = @JoinColumn(name = "pet_tag", columnDefinition = "varchar(43)"),
      inverseJoinColumns = @JoinColumn(name = "owner_code", columnDefinition = "varchar(44)"))
  Set<Owner> friends;

  @OneToMany
  @JoinColumn(name = "keeper_tag", columnDefinition = "varchar(45)")
  Set<Toy> toys;

  @ElementCollection
  @CollectionTable(name = "pet_rank")
  @MapKeyJoinColumn(name = "owner_code", columnDefinition = "varchar(46)")
  Map<Owner, Integer> ranks;
}
