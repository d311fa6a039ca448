package com.example.unsupported;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.util.Set;
import org.hibernate.annotations.Comment;

/** Comments Hibernate's export writes on tables and columns that Strata does not follow. */
@Entity
public class CommentedTables {
  @Id private Long id;

  @Comment(value = "elsewhere", on = "other_table")
  private String label;

  @OneToMany
  @JoinColumn(name = "parent_id", comment = "a column of the other table")
  private Set<CommentedTables> children;

  @ManyToMany
  @Comment("Hibernate's comment on a collection")
  private Set<CommentedTables> others;

  @Embedded
  @Comment("on an embedded value")
  private Place place;

  @Embeddable
  public static class Place {
    private String city;
  }
}
