/** What the reliability tests share: seeds, figures, child JVMs, snapshots of a data directory. */
package org.resourcelibrary.reliability.support;
