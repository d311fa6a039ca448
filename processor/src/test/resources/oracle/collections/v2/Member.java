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
import jakarta.persistence.Column;
import java.util.List;
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

  @ElementCollection private Set<String> hobbies;

  @ElementCollection private Set<Phone> contacts;

  @ElementCollection
  @OrderColumn
  private List<Phone> emergencyContacts;

  @ManyToMany
  @OrderColumn(name = "position")
  private List<Club> clubs;
}
