package org.example.perclassjoincolumns;
import jakarta.persistence.*;
import java.util.*;
/** Its rows spread over the tables of its subclasses: the cards column refers to none. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Deck {
  @Id Long id;
  @OneToMany
  @JoinColumn(name = "deckId")
  List<Card> cards;
}
