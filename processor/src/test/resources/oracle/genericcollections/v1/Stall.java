package org.example.genericcollections;

import jakarta.persistence.Entity;

/** The same superclass bound the other way round. */
@Entity
public class Stall extends Listing<Tag, Item> {}
