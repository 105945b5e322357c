/** What the library holds: resources, where each field's value came from, and how the file was read. */
package org.resourcelibrary.core.model;
