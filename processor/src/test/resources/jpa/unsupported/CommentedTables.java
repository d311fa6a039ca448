package com.example.unsupported;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import java.util.Set;
import org.hibernate.annotations.Comment;

/** Comments on tables and columns, which Hibernate's export writes. */
@Entity
@Table(comment = "a table")
@SecondaryTable(name = "commented_more", comment = "a secondary table")
public class CommentedTables {
  @Id private Long id;

  @Column(comment = "a column")
  private String code;

  @Comment("Hibernate's comment")
  private String label;

  @ManyToMany
  @JoinTable(name = "commented_links", comment = "a join table")
  private Set<CommentedTables> links;
}
