package org.example.blogevolution;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("podcast")
public class Podcast extends Content {
  String feedUrl;

  int episodes;
}
