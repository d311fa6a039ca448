package org.example.convertedcollections;

import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.util.Date;
import java.util.List;

/** Values under @Temporal, of a type DateText converts: disableConversion changes nothing. */
@Entity
public class Diary {
  @Id Long id;

  @ElementCollection
  @Temporal(TemporalType.DATE)
  @Convert(disableConversion = true)
  List<Date> days;
}
