package org.example.collections;

import dev.strata.RenamedFrom;
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
import java.util.Map;
import java.util.Set;

/**
 * Three collections renamed with {@code @RenamedFrom}: an element collection's implicit table and
 * value column, a list's implicit order column (its table and value column named), a
 * many-to-many's column referring to the target (and its table under Spring Boot's naming), and a
 * map's table, value column and entity key's column.
 */
@Entity
public class Member {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ElementCollection
  @RenamedFrom("nicknames")
  private Set<String> aliases;

  @ElementCollection
  @CollectionTable(name = "member_phones", joinColumns = @JoinColumn(name = "member_id"))
  @Column(name = "phone", length = 20)
  @OrderColumn
  @RenamedFrom("phones")
  private List<String> numbers;

  @ElementCollection private List<Integer> scores;

  @ElementCollection private Set<String> hobbies;

  @ElementCollection private Set<Phone> contacts;

  @ElementCollection
  @OrderColumn
  private List<Phone> emergencyContacts;

  @ManyToMany
  @OrderColumn(name = "position")
  @RenamedFrom("clubs")
  private List<Club> teams;

  @ElementCollection
  @RenamedFrom("roles")
  private Map<Club, String> duties;
}
