package org.example.perclassjoincolumns;
import jakarta.persistence.*;
@Entity
public class Card {
  @Id Long id;
}
