package org.example.convertedcollectionsubtypes;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CollectionText, of Collection<String>, converts the List, ArrayList and Set of String; the
 * List<Integer> and List<Long> are NumberListText's, of List<Number>, as Hibernate matches each type
 * argument by assignment too.
 */
@Entity
public class Bin {
  @Id Long id;

  List<String> tags;

  ArrayList<String> names;

  Set<String> codes;

  List<Integer> scores;

  List<Long> totals;
}
