package org.example.usertypes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.Type;

@Embeddable
public class Labels {

  @Type(PairsType.class)
  @Column(columnDefinition = "varchar(120)")
  Map<String, String> tags = new TreeMap<>(Map.of("tier", "gold"));
}
