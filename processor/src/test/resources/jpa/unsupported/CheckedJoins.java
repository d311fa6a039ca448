package com.example.unsupported;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SecondaryTable;
import java.util.Set;
import org.hibernate.annotations.Check;

/** Checks Hibernate's export adds to a join column, a secondary, join and collection table. */
@Entity
@SecondaryTable(name = "checked_more", check = @CheckConstraint(constraint = "note <> 'x'"))
public class CheckedJoins {
  @Id private Long id;

  @Column(table = "checked_more")
  private String note;

  @ManyToOne
  @JoinColumn(check = @CheckConstraint(constraint = "parent_id > 0"))
  private CheckedJoins parent;

  @ManyToMany
  @JoinTable(name = "checked_links", check = @CheckConstraint(constraint = "links_id > 0"))
  private Set<CheckedJoins> links;

  @ElementCollection
  @Check(constraints = "tags <> 'x'")
  private Set<String> tags;
}
