/**
 * Librarian access: the bearer tokens that open the librarian endpoints and page (kept only as SHA-256
 * hashes, compared in constant time, never logged), the slowing-down of repeated failed attempts, and the
 * librarian page's sessions (in memory, or in the library database every web node shares).
 */
package org.resourcelibrary.web.auth;
