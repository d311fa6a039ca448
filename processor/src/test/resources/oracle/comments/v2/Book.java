package org.example.comments;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Set;
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

  @ManyToMany
  @JoinTable(name = "book_shelves")
  Set<Shelf> copies;

  @Comment("new column")
  String title;
}
