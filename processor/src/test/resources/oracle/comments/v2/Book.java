package org.example.comments;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Comment;

@Entity
public class Book extends Dated {
  @Id Long id;

  @ManyToOne
  @JoinColumn(name = "shelf_id", comment = "where it stands")
  Shelf shelf;

  @ManyToOne
  @Comment("lent to")
  Shelf lentTo;

  @Comment("new column")
  String title;
}
