package org.example.blogevolution;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;

@Entity
@DiscriminatorValue("article")
public class Article extends Content {
  @Lob String body;

  @Column(nullable = false) int wordCount;
}
