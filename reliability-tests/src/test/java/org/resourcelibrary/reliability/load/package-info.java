/** Concurrent searches while the library changes, sustained load, and the per-query time budget. */
package org.resourcelibrary.reliability.load;
