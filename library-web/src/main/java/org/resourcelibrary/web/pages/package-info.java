/** Server-rendered HTML: the members' search page, the document page and the librarian page. */
package org.resourcelibrary.web.pages;
