package org.example.genericcollections;

import jakarta.persistence.Entity;

@Entity
public class Slot extends Linked<Item> {}
