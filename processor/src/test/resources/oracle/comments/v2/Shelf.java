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
@Table(name = "shelf", comment = "where books stand now")
@SecondaryTable(name = "shelf_extra")
public class Shelf {
  @Id
  @Column(comment = "shelf number")
  Long id;

  String label;

  @Column(comment = "jpa side")
  @Comment("hibernate again")
  String shade;

  @Comment("how many")
  int capacity;

  @Column(table = "shelf_extra", comment = "a longer note")
  String note;

  @ElementCollection
  @CollectionTable(name = "shelf_tags")
  @Column(name = "tag", comment = "a tag or two")
  Set<String> tags;
}
