package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Comment;

/** A single table's root, whose subclass has no table of its own to comment. */
@Entity
public class CommentedClass {
  @Id private Long id;
}

@Entity
@Comment("a subclass")
class CommentedSubclass extends CommentedClass {
  private String extra;
}
