/** The one JSON configuration shared by the API, the CLI's {@code --json} output, reports and caches. */
package org.resourcelibrary.core.json;
