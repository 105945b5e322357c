/**
 * What changed in the library and when, for harvesters (OAI-PMH): each document's last change time, the
 * tombstones deletions leave behind, and a list of changes in a stable order that a harvest can resume from.
 */
package org.resourcelibrary.core.changes;
