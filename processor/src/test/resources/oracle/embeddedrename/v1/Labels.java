package org.example.embeddedrename;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A color and three collections, whose own columns the embedding's pattern names (labels_tags,
 * labels_notes_ORDER, labels_scores_KEY); their tables are named after the fields alone.
 */
@Embeddable
public class Labels {
  String color;

  @ElementCollection Set<String> tags;

  @ElementCollection @OrderColumn List<String> notes;

  @ElementCollection Map<String, Integer> scores;
}
