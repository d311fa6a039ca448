/** A sequence that entities of the package share. */
@SequenceGenerator(name = "numbers", sequenceName = "shared_numbers")
package com.example.sharedjoin;

import jakarta.persistence.SequenceGenerator;
