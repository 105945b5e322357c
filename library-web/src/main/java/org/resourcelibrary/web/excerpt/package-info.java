/**
 * Low-bandwidth reading: a PDF of only the pages a member asks for, cut from the original with a note of where
 * they come from, and the page list those requests name ({@code 3,7-9}).
 */
package org.resourcelibrary.web.excerpt;
