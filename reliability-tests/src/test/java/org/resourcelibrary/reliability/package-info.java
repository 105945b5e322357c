/**
 * Proof that the library keeps working and loses nothing: crashes, disk trouble, load and hostile input,
 * each a test that runs in CI with seeded randomness, its figures recorded in RELIABILITY.md.
 */
package org.resourcelibrary.reliability;
