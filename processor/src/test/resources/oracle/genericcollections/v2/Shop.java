package org.example.genericcollections;

import jakarta.persistence.Entity;

@Entity
public class Shop extends Listing<Item, Tag> {
  private String city;
}
