/** The JSON API for other services and the librarian endpoints; described by {@code /api/openapi.json}. */
package org.resourcelibrary.web.api;
