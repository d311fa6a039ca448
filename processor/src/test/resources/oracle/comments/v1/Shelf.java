package org.example.comments;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import java.util.Set;
import org.hibernate.annotations.Comment;

@Entity
@Table(name = "shelf", comment = "where books stand")
@SecondaryTable(name = "shelf_extra", comment = "extras")
public class Shelf {
  @Id
  @Column(comment = "shelf number")
  Long id;

  @Comment("a label")
  String label;

  @Column(comment = "jpa side")
  @Comment("hibernate side")
  String shade;

  int capacity;

  @Column(table = "shelf_extra", comment = "extra note")
  String note;

  @ElementCollection
  @CollectionTable(name = "shelf_tags")
  @Column(name = "tag", comment = "a tag")
  Set<String> tags;
}
