package org.example.blogevolution;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import java.util.Map;

@Entity
public class Comment extends Auditable {
  @Id @GeneratedValue Long id;

  @ManyToOne(optional = false) Content content;

  @ManyToOne Comment parent;

  @Column(length = 500) String text;

  @ElementCollection
  @CollectionTable(name = "comment_reactions")
  @MapKeyColumn(name = "emoji", length = 16)
  @Column(name = "total")
  Map<String, Integer> reactions;
}
