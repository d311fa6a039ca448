package org.example.collections;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Entity
public class Member {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ElementCollection private Set<String> nicknames;

  @ElementCollection
  @CollectionTable(name = "member_phones", joinColumns = @JoinColumn(name = "member_id"))
  @Column(name = "phone", length = 20)
  @OrderColumn
  private List<String> phones;

  @ElementCollection private List<Integer> scores;

  @ElementCollection private Set<Phone> contacts;

  @ElementCollection
  @OrderColumn
  private List<Phone> emergencyContacts;

  /**
   * A map of embeddables to embeddables: the overrides of key. and value. paths rename their
   * columns; Hibernate ignores one without either.
   */
  @ElementCollection
  @AttributeOverride(name = "key.kind", column = @Column(name = "line_kind", length = 4))
  @AttributeOverride(name = "value.number", column = @Column(name = "forward_to", length = 30))
  @AttributeOverride(name = "number", column = @Column(name = "ignored"))
  private Map<Phone, Phone> forwards;

  /**
   * A map keyed by an embeddable of doubles: Hibernate counts a double 7 bytes (its 53 binary
   * digits), so the key's columns come before the 8-byte owner's in the primary key.
   */
  @ElementCollection private Map<Spot, String> pinned;

  @ManyToMany
  @OrderColumn(name = "position")
  private List<Club> clubs;

  @ElementCollection private Map<Club, String> roles;
}
