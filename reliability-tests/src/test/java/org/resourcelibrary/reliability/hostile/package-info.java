/** Hostile input: random and malicious queries and parameters, crafted uploads, script in text, forged tokens. */
package org.resourcelibrary.reliability.hostile;
