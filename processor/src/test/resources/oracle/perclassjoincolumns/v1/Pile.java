package org.example.perclassjoincolumns;
import jakarta.persistence.*;
@Entity
public class Pile extends Deck {
  int height;
}
