package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Comment;

/** Hibernate's comment on an entity, which its export gives the table. */
@Entity
@Comment("a table")
public class CommentedClass {
  @Id private Long id;
}
