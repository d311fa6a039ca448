package org.example.declared;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Map;
import java.util.Set;

/**
 * Unique constraints over exactly the columns of a primary key, which Hibernate drops as the key
 * makes them unique already: a named one over the key beside another unique column on the entity's
 * table, and a map's collection table constraint over its key's columns. (In another order than
 * the key's, Hibernate orders the key by it: seat_notes [topic, seat_id] where seat_labels is
 * [seat_id, name], and seat_neighbours [seat_id, neighbour_id] where a join table of two bigint
 * columns orders them by name.)
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "seat_id_unique", columnNames = "id"))
public class Seat {
  @Id
  @Column(unique = true)
  private Long id;

  @Column(unique = true)
  private String code;

  @ElementCollection
  @MapKeyColumn(name = "name")
  @Column(name = "label")
  @CollectionTable(
      name = "seat_labels",
      joinColumns = @JoinColumn(name = "seat_id"),
      uniqueConstraints = @UniqueConstraint(columnNames = {"seat_id", "name"}))
  private Map<String, String> labels;

  @ElementCollection
  @MapKeyColumn(name = "topic")
  @Column(name = "note")
  @CollectionTable(
      name = "seat_notes",
      joinColumns = @JoinColumn(name = "seat_id"),
      uniqueConstraints = @UniqueConstraint(columnNames = {"topic", "seat_id"}))
  private Map<String, String> notes;

  @ManyToMany
  @JoinTable(
      name = "seat_neighbours",
      joinColumns = @JoinColumn(name = "seat_id"),
      inverseJoinColumns = @JoinColumn(name = "neighbour_id"),
      uniqueConstraints = @UniqueConstraint(columnNames = {"seat_id", "neighbour_id"}))
  private Set<Seat> neighbours;
}
