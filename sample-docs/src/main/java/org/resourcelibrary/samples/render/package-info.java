/**
 * Renderers that turn a parsed source into a real file of its format (PDF with and without a text layer,
 * DOCX, RTF, PPTX, XLSX, ODT, HTML, plain text), one small class per format behind {@link
 * org.resourcelibrary.samples.render.Renderer}. Every renderer is deterministic: the same source gives
 * byte-identical output, so the committed sample library only changes when its sources do.
 */
package org.resourcelibrary.samples.render;
