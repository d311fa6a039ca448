package com.example.unsupported;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import java.util.Set;
import org.hibernate.annotations.Comment;

/** Comments Hibernate's export writes on tables and columns that Strata does not follow. */
@Entity
public class CommentedTables {
  @Id private Long id;

  @Comment(value = "elsewhere", on = "other_table")
  private String label;

  @ManyToMany
  @JoinTable(name = "commented_links", comment = "a join table")
  private Set<CommentedTables> links;

  @ManyToMany
  @Comment("Hibernate's comment on a collection")
  private Set<CommentedTables> others;

  @ElementCollection
  @Column(comment = "an element")
  private Set<String> tags;
}
