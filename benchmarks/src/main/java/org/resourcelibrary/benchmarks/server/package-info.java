/** Servers under test in their own JVMs: started, awaited until ready, measured (memory), stopped. */
package org.resourcelibrary.benchmarks.server;
