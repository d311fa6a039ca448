package org.example.blogevolution;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.List;

@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public abstract class Content extends Auditable {
  @Id @GeneratedValue Long id;

  @Column(nullable = false, length = 200)
  String title;

  @ManyToOne Author author;

  @org.hibernate.annotations.ColumnDefault("0")
  @Column(nullable = false)
  int views;

  @ManyToMany
  @JoinTable(name = "content_tags")
  @OrderColumn
  List<Tag> tags;
}
