package org.example.keyreorder;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Map;

/**
 * An ordered list's table, keyed by [Shelf_id, tags_ORDER] while the id is an Integer and by
 * [tags_ORDER, Shelf_id] once it is a Long, and a map's, by [Shelf_id, labels_KEY] then [labels_KEY,
 * Shelf_id].
 */
@Entity
public class Shelf {
  @Id Integer id;

  @ElementCollection @OrderColumn List<String> tags;

  @ElementCollection Map<Integer, String> labels;
}
