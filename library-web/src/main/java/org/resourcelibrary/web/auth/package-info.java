/**
 * Librarian access: the bearer tokens that open the librarian endpoints and page (kept only as SHA-256
 * hashes, compared in constant time, never logged) and the slowing-down of repeated failed attempts.
 */
package org.resourcelibrary.web.auth;
