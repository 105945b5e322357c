/** {@code kill -9} of an ingest or of the server at random moments, and what the next run finds. */
package org.resourcelibrary.reliability.crash;
