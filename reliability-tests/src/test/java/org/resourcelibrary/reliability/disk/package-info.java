/**
 * A full or read-only data directory during ingest or upload: a clear error, and the library as it was,
 * searchable. Real file systems: a small tmpfs, or a read-only bind mount, in a mount namespace of the test's own.
 */
package org.resourcelibrary.reliability.disk;
